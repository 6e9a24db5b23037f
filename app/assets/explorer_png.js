/* collabnet: the explorer's PNG export, framed with its title and legend.

   Why in the browser: the drawing is Cytoscape's own (cy.png), exactly what is on
   screen; a picture without its title (the filter sentence) and legend cannot be read
   in a report. The server sends both as plain data (view_export.png_caption); they are
   drawn as canvas text, never parsed as HTML. The title is also written into the file
   as PNG metadata (an iTXt "Title" chunk). */
window.collabnetPng = (function () {
  "use strict";
  const S = 2;  // the drawing's scale; every size below is in CSS pixels times S
  const PAD = 24 * S, LEGEND_W = 300 * S, BOX = 34 * S, FONT = "system-ui, sans-serif";
  const INK = "#1d2330", MUTED = "#555555";

  function wrap(ctx, text, width) {
    const lines = [];
    let line = "";
    for (const word of String(text).split(/\s+/).filter(Boolean)) {
      const next = line ? line + " " + word : word;
      if (line && ctx.measureText(next).width > width) { lines.push(line); line = word; }
      else { line = next; }
    }
    if (line) { lines.push(line); }
    return lines.length ? lines : [""];
  }

  function shapePath(ctx, shape, cx, cy, r) {
    ctx.beginPath();
    if (shape === "round-rectangle") {
      ctx.roundRect(cx - r, cy - r, 2 * r, 2 * r, r / 2);
    } else if (shape === "hexagon") {
      [[-0.5, -0.9], [0.5, -0.9], [1, 0], [0.5, 0.9], [-0.5, 0.9], [-1, 0]].forEach(
        ([x, y], i) => (i ? ctx.lineTo(cx + x * r, cy + y * r) : ctx.moveTo(cx + x * r, cy + y * r))
      );
      ctx.closePath();
    } else {
      ctx.arc(cx, cy, r, 0, 2 * Math.PI);
    }
  }

  function swatch(ctx, s, x, y) {
    const cx = x + BOX / 2, cy = y + BOX / 2;
    if (s.line_style && !s.shape) {
      ctx.save();
      ctx.strokeStyle = s.colour || "#8A8A8A";
      ctx.lineWidth = Math.max(1, (s.width || 2) * S);
      ctx.setLineDash({dashed: [8 * S, 5 * S], dotted: [2 * S, 4 * S]}[s.line_style] || []);
      ctx.beginPath(); ctx.moveTo(x, cy); ctx.lineTo(x + BOX, cy); ctx.stroke();
      ctx.restore();
      if (s.arrow) {
        ctx.fillStyle = s.colour || "#8A8A8A";
        ctx.beginPath(); ctx.moveTo(x + BOX, cy); ctx.lineTo(x + BOX - 8 * S, cy - 5 * S);
        ctx.lineTo(x + BOX - 8 * S, cy + 5 * S); ctx.closePath(); ctx.fill();
      }
      return;
    }
    const r = Math.min(Number(s.size) || 18, 34) * S / 2;
    shapePath(ctx, s.shape || "ellipse", cx, cy, r);
    ctx.fillStyle = s.colour || "#BBBBBB"; ctx.fill();
    ctx.lineWidth = S; ctx.strokeStyle = "#333333"; ctx.stroke();
  }

  function layoutLegend(ctx, sections) {
    const rows = [];
    let height = 0;
    for (const section of sections || []) {
      ctx.font = `600 ${13 * S}px ${FONT}`;
      const head = wrap(ctx, section.title, LEGEND_W);
      rows.push({head, y: height});
      height += head.length * 18 * S + 4 * S;
      ctx.font = `${12 * S}px ${FONT}`;
      for (const entry of section.entries || []) {
        const lines = wrap(ctx, entry.label, LEGEND_W - BOX - 10 * S);
        rows.push({entry, lines, y: height});
        height += Math.max(BOX, lines.length * 16 * S) + 4 * S;
      }
      height += 10 * S;
    }
    return {rows, height};
  }

  const CRC = (function () {
    const table = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) { c = c & 1 ? 0xEDB88320 ^ (c >>> 1) : c >>> 1; }
      table[n] = c >>> 0;
    }
    return (bytes) => {
      let c = 0xFFFFFFFF;
      for (const b of bytes) { c = table[(c ^ b) & 0xFF] ^ (c >>> 8); }
      return (c ^ 0xFFFFFFFF) >>> 0;
    };
  })();

  function withTitle(png, title) {
    // iTXt: keyword NUL, compression flag 0, method 0, language NUL, keyword NUL, UTF-8 text
    const text = new TextEncoder().encode(String(title));
    const body = new Uint8Array([..."iTXtTitle"].map((ch) => ch.charCodeAt(0))
      .concat([0, 0, 0, 0, 0]).concat(Array.from(text)));
    const chunk = new Uint8Array(body.length + 8);
    const view = new DataView(chunk.buffer);
    view.setUint32(0, body.length - 4);
    chunk.set(body, 4);
    view.setUint32(chunk.length - 4, CRC(body));
    const ihdrEnd = 8 + 25;  // signature, then IHDR (4 length + 4 type + 13 data + 4 crc)
    const out = new Uint8Array(png.length + chunk.length);
    out.set(png.subarray(0, ihdrEnd), 0);
    out.set(chunk, ihdrEnd);
    out.set(png.subarray(ihdrEnd), ihdrEnd + chunk.length);
    return out;
  }

  function download(bytes, filename) {
    const url = URL.createObjectURL(new Blob([bytes], {type: "image/png"}));
    const a = document.createElement("a");
    a.href = url; a.download = filename;
    document.body.appendChild(a); a.click(); a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 30000);
  }

  return function (cy, caption, filename) {
    const drawing = new Image();
    drawing.onload = function () {
      const canvas = document.createElement("canvas");
      const ctx = canvas.getContext("2d");
      const width = Math.max(drawing.width + LEGEND_W + 3 * PAD, 640 * S);
      ctx.font = `600 ${18 * S}px ${FONT}`;
      const title = wrap(ctx, caption.title || "", width - 2 * PAD);
      const titleH = title.length * 24 * S;
      const legend = layoutLegend(ctx, caption.sections);
      const top = PAD + titleH + PAD / 2;
      canvas.width = width;
      canvas.height = top + Math.max(drawing.height, legend.height) + PAD;
      ctx.fillStyle = "#ffffff"; ctx.fillRect(0, 0, canvas.width, canvas.height);
      ctx.textBaseline = "top";
      ctx.fillStyle = INK; ctx.font = `600 ${18 * S}px ${FONT}`;
      title.forEach((line, i) => ctx.fillText(line, PAD, PAD + i * 24 * S));
      ctx.drawImage(drawing, PAD, top);
      const left = width - PAD - LEGEND_W;
      for (const row of legend.rows) {
        if (row.head) {
          ctx.fillStyle = INK; ctx.font = `600 ${13 * S}px ${FONT}`;
          row.head.forEach((line, i) => ctx.fillText(line, left, top + row.y + i * 18 * S));
          continue;
        }
        swatch(ctx, row.entry.swatch || {}, left, top + row.y);
        ctx.fillStyle = MUTED; ctx.font = `${12 * S}px ${FONT}`;
        const textTop = top + row.y + Math.max(0, (BOX - row.lines.length * 16 * S) / 2);
        row.lines.forEach((line, i) => ctx.fillText(line, left + BOX + 10 * S, textTop + i * 16 * S));
      }
      canvas.toBlob(function (blob) {
        blob.arrayBuffer().then((buffer) => {
          download(withTitle(new Uint8Array(buffer), caption.title || ""), filename);
        });
      }, "image/png");
    };
    drawing.src = cy.png({output: "base64uri", full: true, scale: S, bg: "#ffffff"});
  };
})();
