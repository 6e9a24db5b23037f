/*
 * One language on the whole page, including the text that Dash and AG Grid draw
 * themselves (dropdown "Select All", date picker "Select Date", grid "Page Size",
 * chart toolbar "Zoom in").
 *
 * Why here: those strings live inside third-party components, on every page, and
 * every page would otherwise need its own callback for them. The shell's clientside
 * callback calls collabnetLanguage.apply(language, texts) whenever the language is
 * known or changes; a MutationObserver runs the same walk when a page or a callback
 * adds components. The texts are data from the server (app/components/chrome_language.py);
 * this file only places them.
 *
 * AG Grid reads its localeText only when a grid is created, so a grid in the wrong
 * language is given the new localeText and re-created by re-setting its frame's
 * children (dash re-mounts the children of a component whose children are set).
 */
(function () {
    'use strict';

    var state = {language: null, texts: null, timer: null};
    var FRAME_CLASS = 'cn-grid-frame';

    function setProps(path, props) {
        window.dash_clientside.set_props(path, props);
    }

    function same(a, b) {
        return JSON.stringify(a) === JSON.stringify(b);
    }

    // A placeholder a page did not choose itself: missing, or one of our defaults.
    function isDefault(value, key) {
        if (value === undefined || value === null) {
            return true;
        }
        var all = state.texts || {};
        return Object.keys(all).some(function (lang) {
            return all[lang].placeholders[key] === value;
        });
    }

    function localiseDropdown(path, props, t) {
        if (!same(props.labels, t.dropdown)) {
            setProps(path, {labels: t.dropdown});
        }
    }

    function localiseDatePicker(path, type, props, t) {
        var names = type === 'DatePickerRange'
            ? {start_date_placeholder_text: 'start_date', end_date_placeholder_text: 'end_date'}
            : {placeholder: 'date'};
        var update = {};
        Object.keys(names).forEach(function (prop) {
            var wanted = t.placeholders[names[prop]];
            if (isDefault(props[prop], names[prop]) && props[prop] !== wanted) {
                update[prop] = wanted;
            }
        });
        if (Object.keys(update).length) {
            setProps(path, update);
        }
    }

    function localiseGraph(path, props, language, t) {
        var config = props.config || {};
        if (config.locale === language) {
            return;
        }
        var locales = {};
        locales[language] = t.plotly;
        setProps(path, {config: Object.assign({}, config, {locale: language, locales: locales})});
    }

    function localiseGrid(path, parentPath, parent, props, language, t) {
        var options = props.dashGridOptions || {};
        var context = options.context || {};
        if (context.language === language) {
            return;
        }
        var grid = JSON.parse(JSON.stringify(window.dash_component_api.getLayout(path)));
        grid.props.dashGridOptions = Object.assign({}, options, {
            localeText: t.grid,
            context: Object.assign({}, context, {language: language}),
        });
        var framed = parent && parent.props &&
            String(parent.props.className || '').split(' ').indexOf(FRAME_CLASS) >= 0;
        if (framed) {
            setProps(parentPath, {children: grid});  // re-mount: localeText is read once
        } else {
            setProps(path, {dashGridOptions: grid.props.dashGridOptions});
        }
    }

    function walk(node, path, parentPath, parent, language, t) {
        if (Array.isArray(node)) {
            node.forEach(function (child, i) {
                walk(child, path.concat([i]), parentPath, parent, language, t);
            });
            return;
        }
        if (!node || typeof node !== 'object' || !node.props) {
            return;
        }
        var props = node.props;
        if (node.namespace === 'dash_core_components') {
            if (node.type === 'Dropdown') {
                localiseDropdown(path, props, t);
            } else if (node.type === 'DatePickerSingle' || node.type === 'DatePickerRange') {
                localiseDatePicker(path, node.type, props, t);
            } else if (node.type === 'Graph') {
                localiseGraph(path, props, language, t);
            }
        } else if (node.namespace === 'dash_ag_grid' && node.type === 'AgGrid') {
            localiseGrid(path, parentPath, parent, props, language, t);
            return;
        }
        if (props.children !== undefined) {
            walk(props.children, path.concat(['props', 'children']), path, node, language, t);
        }
    }

    // Fixed English aria-labels inside dcc components that have no prop for them.
    function localiseAria(t) {
        var labels = t.aria || {};
        document.querySelectorAll('[aria-label]').forEach(function (el) {
            var wanted = labels[el.getAttribute('aria-label')];
            if (wanted) {
                el.setAttribute('aria-label', wanted);
            }
        });
    }

    function run() {
        state.timer = null;
        var api = window.dash_component_api;
        if (!state.language || !state.texts || !api || !api.getLayout || !window.dash_clientside) {
            return;
        }
        var t = state.texts[state.language];
        var layout = api.getLayout([]);
        if (!t || !layout) {
            return;
        }
        // Dash 4 keeps the app's layout under "components"; older versions at the root.
        if (layout.components) {
            walk(layout.components, ['components'], null, null, state.language, t);
        } else {
            walk(layout, [], null, null, state.language, t);
        }
        localiseAria(t);
    }

    function schedule() {
        if (state.timer === null) {
            state.timer = window.setTimeout(run, 60);
        }
    }

    window.collabnetLanguage = {
        /* Called by the shell's clientside callback; returns the language it set. */
        apply: function (language, texts) {
            state.language = language;
            state.texts = texts;
            document.documentElement.lang = language;
            run();
            return language;
        },
        current: function () {
            return state.language || document.documentElement.lang || 'nl';
        },
    };

    // Figures in grids (number_column in app/presenters/grid_columns.py): the page's
    // decimal style when shown, and either style accepted when typed in a filter.
    var gridFunctions = window.dashAgGridFunctions = window.dashAgGridFunctions || {};
    gridFunctions.collabnetNumber = function (value, digits) {
        if (value === null || value === undefined || value === '') {
            return '';
        }
        if (typeof value !== 'number') {
            return String(value);
        }
        var places = Number.isInteger(value) ? 0 : digits;
        var locale = window.collabnetLanguage.current() === 'nl' ? 'nl-NL' : 'en-GB';
        return new Intl.NumberFormat(locale, {
            minimumFractionDigits: places, maximumFractionDigits: places,
        }).format(value);
    };
    gridFunctions.collabnetParseNumber = function (text) {
        if (text === null || text === undefined || String(text).trim() === '') {
            return null;
        }
        var plain = String(text).trim();
        if (window.collabnetLanguage.current() !== 'nl') {
            plain = plain.replace(/,/g, '');
        } else if (plain.indexOf(',') >= 0) {  // 1.234,5: the point groups thousands
            plain = plain.replace(/\./g, '').replace(',', '.');
        }
        var parsed = Number(plain);
        return isNaN(parsed) ? null : parsed;
    };

    // The date picker asks window.dateFns.locale for a locale and, finding none for
    // the browser's language, takes the first one: always the page's language here.
    function installDateLocale() {
        var loaded = (window.dateFns && window.dateFns.locale) || {};
        var kept = window.collabnetDateLocales = Object.assign(
            window.collabnetDateLocales || {}, loaded.page ? {} : loaded);
        var locale = {};
        Object.defineProperty(locale, 'page', {
            enumerable: true,
            get: function () {
                return kept[window.collabnetLanguage.current()];  // undefined: date-fns English
            },
        });
        window.dateFns = Object.assign({}, window.dateFns, {locale: locale});
    }

    function start() {
        installDateLocale();
        new MutationObserver(schedule).observe(document.body, {childList: true, subtree: true});
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', start);
    } else {
        start();
    }
})();
