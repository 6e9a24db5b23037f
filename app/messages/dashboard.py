"""Messages of the network dashboard (``/dashboard``)."""

from __future__ import annotations

from app.i18n import register_messages

MESSAGES: dict[str, dict[str, str]] = {
    "nl": {
        "nav.dashboard": "Dashboard",
        "dashboard.title": "Netwerkdashboard",
        "dashboard.intro": (
            "De kerncijfers van het samenwerkingsnetwerk, elk met een uitleg in gewone taal "
            "en de bron van de definitie."
        ),
        "dashboard.level": "Niveau",
        "dashboard.level.person": "personen",
        "dashboard.level.organisation": "organisaties",
        "dashboard.level.mixed": "gemengd",
        "dashboard.directed": "Met richting (wie nam het initiatief)",
        "dashboard.attribute": "Groepen naar",
        "dashboard.attribute.type": "type",
        "dashboard.attribute.sector": "sector",
        "dashboard.attribute.region": "regio",
        "dashboard.scope": "{level}, {direction}: {nodes} actoren en {ties} banden.",
        "dashboard.scope.person": "Netwerk van personen",
        "dashboard.scope.organisation": "Netwerk van organisaties",
        "dashboard.scope.mixed": "Gemengd netwerk van personen en organisaties",
        "dashboard.scope.directed": "met richting",
        "dashboard.scope.undirected": "zonder richting",
        "dashboard.empty": (
            "Er staan nog geen relaties in de database. Laad de demo met "
            "`collabnet seed demo` of importeer eigen bestanden."
        ),
        "dashboard.summary": "Het netwerk in cijfers",
        "dashboard.col.metric": "Maat",
        "dashboard.col.value": "Waarde",
        "dashboard.col.explanation": "Wat betekent dit?",
        "dashboard.col.reference": "Bron",
        "dashboard.undefined": "n.v.t.",
        "dashboard.metric.nodes": "Actoren",
        "dashboard.metric.ties": "Banden",
        "dashboard.metric.density": "Dichtheid",
        "dashboard.metric.reciprocity": "Wederkerigheid",
        "dashboard.metric.transitivity": "Transitiviteit",
        "dashboard.metric.average_clustering": "Gemiddelde clustering",
        "dashboard.metric.components": "Losse delen (componenten)",
        "dashboard.metric.strong_components": "Sterke componenten",
        "dashboard.metric.largest_component": "Grootste deel",
        "dashboard.metric.diameter": "Diameter",
        "dashboard.metric.average_path_length": "Gemiddelde padlengte",
        "dashboard.metric.degree_centralisation": "Centralisatie (degree)",
        "dashboard.metric.betweenness_centralisation": "Centralisatie (betweenness)",
        "dashboard.metric.degree_assortativity": "Degree-assortativiteit",
        "dashboard.metric.communities": "Gemeenschappen",
        "dashboard.metric.modularity": "Modulariteit",
        "dashboard.metric.degree": "Partners (degree)",
        "dashboard.metric.in_degree": "Inkomend (in-degree)",
        "dashboard.metric.out_degree": "Uitgaand (out-degree)",
        "dashboard.metric.strength": "Sterkte",
        "dashboard.metric.betweenness": "Makelaarsrol (betweenness)",
        "dashboard.metric.closeness": "Nabijheid (closeness)",
        "dashboard.metric.eigenvector": "Invloed (eigenvector)",
        "dashboard.metric.pagerank": "Bereik (PageRank)",
        "dashboard.metric.clustering": "Kliekvorming (clustering)",
        "dashboard.metric.constraint": "Ingeslotenheid (constraint)",
        "dashboard.metric.community": "Gemeenschap",
        "dashboard.metric.articulation_point": "Scharnierpunt",
        "dashboard.metric.ei_index": "E-I-index",
        "dashboard.metric.attribute_assortativity": "Assortativiteit",
        "dashboard.nodes": "Actoren gerangschikt",
        "dashboard.nodes_intro": (
            "Eén rij per actor, gerangschikt op betweenness (brugfunctie). Klik op een "
            "kolomkop om anders te sorteren."
        ),
        "dashboard.col.rank": "Rang",
        "dashboard.col.name": "Naam",
        "dashboard.col.type": "Type",
        "dashboard.yes": "ja",
        "dashboard.no": "nee",
        "dashboard.export_csv": "Exporteer CSV",
        "dashboard.export_filename": "netwerkmaten.csv",
        "dashboard.degree_title": "Verdeling van het aantal partners",
        "dashboard.degree_x": "Aantal partners (degree)",
        "dashboard.degree_y": "Aantal actoren",
        "dashboard.mixing_title": "Wie werkt met wie: relaties tussen groepen ({attribute})",
        "dashboard.mixing_empty": "Geen relaties tussen actoren met een bekende {attribute}.",
        "dashboard.mixing_hover": "{row} met {col}: {count} relaties",
        "dashboard.homophily": "Samenwerken binnen of buiten de eigen groep",
        "dashboard.col.attribute": "Groepering",
        "dashboard.communities": "Gemeenschappen",
        "dashboard.communities_intro": (
            "Groepen actoren die onderling meer samenwerken dan met de rest, met hun "
            "belangrijkste thema's."
        ),
        "dashboard.community": "Gemeenschap {number}: {size} actoren",
        "dashboard.community_themes": "Thema's: {themes}",
        "dashboard.community_no_themes": "Geen thema's bekend.",
        "dashboard.community_more": "{count} anderen",
        "dashboard.community_singletons": (
            "{count} actoren zonder relaties vormen elk een eigen gemeenschap: {names}."
        ),
        "dashboard.vulnerable": "Kwetsbare plekken",
        "dashboard.vulnerable_intro": (
            "Scharnierpunten zijn actoren zonder wie het netwerk uiteenvalt; bruggen zijn "
            "relaties zonder welke het uiteenvalt."
        ),
        "dashboard.no_cuts": "Geen scharnierpunten of bruggen: het netwerk hangt niet aan één actor of relatie.",
        "dashboard.cut.actor": (
            "Als {name} wegvalt, verliezen {subject} hun enige verbinding met {rest}."
        ),
        "dashboard.cut.actor_one": (
            "Als {name} wegvalt, verliest {subject} de enige verbinding met {rest}."
        ),
        "dashboard.cut.tie": (
            "Als de samenwerking tussen {a} en {b} stopt, verliezen {subject} hun enige "
            "verbinding met {rest}."
        ),
        "dashboard.cut.tie_one": (
            "Als de samenwerking tussen {a} en {b} stopt, verliest {subject} de enige "
            "verbinding met {rest}."
        ),
        "dashboard.subject.persons_at": "{count} personen van {organisations}",
        "dashboard.subject.person_at": "1 persoon van {organisations}",
        "dashboard.subject.organisations": "{count} organisaties",
        "dashboard.subject.actors": "{count} actoren",
        "dashboard.subject.one": "{name}",
        "dashboard.rest": "de rest van het netwerk ({count} actoren)",
        "dashboard.rest_with": "de rest van het netwerk ({count} actoren, onder wie {names})",
        "dashboard.cut_off": "Raken los: {names}",
        "dashboard.and": "en",
        "dashboard.years": "Door de schooljaren heen",
        "dashboard.years_intro": (
            "Dezelfde kerncijfers per schooljaar (1 augustus tot 31 juli) en hoeveel "
            "samenwerkingen van jaar op jaar begonnen, stopten en doorliepen."
        ),
        "dashboard.years_empty": "Geen relaties met een begindatum: geen verloop in de tijd.",
        "dashboard.col.year": "Schooljaar",
        "dashboard.col.active": "Actieve actoren",
        "dashboard.col.started": "Begonnen",
        "dashboard.col.ended": "Gestopt",
        "dashboard.col.persisting": "Doorgelopen",
        "dashboard.col.persistence": "Blijft (%)",
        "dashboard.years_chart": "Relaties en actieve actoren per schooljaar",
        "dashboard.turnover": "Verloop tussen opeenvolgende schooljaren (paren van actoren)",
        "dashboard.movers": "Grootste verschuivingen van {year_a} naar {year_b}",
        "dashboard.col.betweenness_rank": "Rang op brugfunctie (betweenness)",
        "dashboard.metric.articulation_points": "Scharnierpunten",
        "dashboard.metric.mixing_matrix": "Mengmatrix",
    },
    "en": {
        "nav.dashboard": "Dashboard",
        "dashboard.title": "Network dashboard",
        "dashboard.intro": (
            "The key figures of the collaboration network, each with a plain-language "
            "explanation and the source of its definition."
        ),
        "dashboard.level": "Level",
        "dashboard.level.person": "persons",
        "dashboard.level.organisation": "organisations",
        "dashboard.level.mixed": "mixed",
        "dashboard.directed": "Directed (who took the initiative)",
        "dashboard.attribute": "Groups by",
        "dashboard.attribute.type": "type",
        "dashboard.attribute.sector": "sector",
        "dashboard.attribute.region": "region",
        "dashboard.scope": "{level}, {direction}: {nodes} actors and {ties} ties.",
        "dashboard.scope.person": "Network of persons",
        "dashboard.scope.organisation": "Network of organisations",
        "dashboard.scope.mixed": "Mixed network of persons and organisations",
        "dashboard.scope.directed": "directed",
        "dashboard.scope.undirected": "undirected",
        "dashboard.empty": (
            "There are no ties in the database yet. Load the demo with "
            "`collabnet seed demo` or import your own files."
        ),
        "dashboard.summary": "The network in figures",
        "dashboard.col.metric": "Measure",
        "dashboard.col.value": "Value",
        "dashboard.col.explanation": "What does it mean?",
        "dashboard.col.reference": "Source",
        "dashboard.undefined": "n/a",
        "dashboard.metric.nodes": "Actors",
        "dashboard.metric.ties": "Ties",
        "dashboard.metric.density": "Density",
        "dashboard.metric.reciprocity": "Reciprocity",
        "dashboard.metric.transitivity": "Transitivity",
        "dashboard.metric.average_clustering": "Average clustering",
        "dashboard.metric.components": "Separate pieces (components)",
        "dashboard.metric.strong_components": "Strong components",
        "dashboard.metric.largest_component": "Largest piece",
        "dashboard.metric.diameter": "Diameter",
        "dashboard.metric.average_path_length": "Average path length",
        "dashboard.metric.degree_centralisation": "Centralisation (degree)",
        "dashboard.metric.betweenness_centralisation": "Centralisation (betweenness)",
        "dashboard.metric.degree_assortativity": "Degree assortativity",
        "dashboard.metric.communities": "Communities",
        "dashboard.metric.modularity": "Modularity",
        "dashboard.metric.degree": "Degree",
        "dashboard.metric.in_degree": "In-degree",
        "dashboard.metric.out_degree": "Out-degree",
        "dashboard.metric.strength": "Strength",
        "dashboard.metric.betweenness": "Betweenness",
        "dashboard.metric.closeness": "Closeness",
        "dashboard.metric.eigenvector": "Eigenvector",
        "dashboard.metric.pagerank": "PageRank",
        "dashboard.metric.clustering": "Clustering",
        "dashboard.metric.constraint": "Constraint",
        "dashboard.metric.community": "Community",
        "dashboard.metric.articulation_point": "Articulation point",
        "dashboard.metric.ei_index": "E-I index",
        "dashboard.metric.attribute_assortativity": "Assortativity",
        "dashboard.nodes": "Actors ranked",
        "dashboard.nodes_intro": (
            "One row per actor, ranked by betweenness (bridging role). Click a column "
            "header to sort differently."
        ),
        "dashboard.col.rank": "Rank",
        "dashboard.col.name": "Name",
        "dashboard.col.type": "Type",
        "dashboard.yes": "yes",
        "dashboard.no": "no",
        "dashboard.export_csv": "Export CSV",
        "dashboard.export_filename": "network-metrics.csv",
        "dashboard.degree_title": "Distribution of the number of partners",
        "dashboard.degree_x": "Number of partners (degree)",
        "dashboard.degree_y": "Number of actors",
        "dashboard.mixing_title": "Who works with whom: ties between groups ({attribute})",
        "dashboard.mixing_empty": "No ties between actors with a known {attribute}.",
        "dashboard.mixing_hover": "{row} with {col}: {count} ties",
        "dashboard.homophily": "Working inside or outside one's own group",
        "dashboard.col.attribute": "Grouping",
        "dashboard.communities": "Communities",
        "dashboard.communities_intro": (
            "Groups of actors that work together more than with the rest, with their main themes."
        ),
        "dashboard.community": "Community {number}: {size} actors",
        "dashboard.community_themes": "Themes: {themes}",
        "dashboard.community_no_themes": "No themes known.",
        "dashboard.community_more": "{count} others",
        "dashboard.community_singletons": (
            "{count} actors without ties each form a community of their own: {names}."
        ),
        "dashboard.vulnerable": "Weak spots",
        "dashboard.vulnerable_intro": (
            "Articulation points are actors without whom the network falls apart; bridges "
            "are ties without which it falls apart."
        ),
        "dashboard.no_cuts": (
            "No articulation points or bridges: the network does not hang on one actor or tie."
        ),
        "dashboard.cut.actor": "If {name} leaves, {subject} lose their only link to {rest}.",
        "dashboard.cut.actor_one": "If {name} leaves, {subject} loses their only link to {rest}.",
        "dashboard.cut.tie": (
            "If the collaboration between {a} and {b} stops, {subject} lose their only "
            "link to {rest}."
        ),
        "dashboard.cut.tie_one": (
            "If the collaboration between {a} and {b} stops, {subject} loses their only "
            "link to {rest}."
        ),
        "dashboard.subject.persons_at": "{count} people at {organisations}",
        "dashboard.subject.person_at": "1 person at {organisations}",
        "dashboard.subject.organisations": "{count} organisations",
        "dashboard.subject.actors": "{count} actors",
        "dashboard.subject.one": "{name}",
        "dashboard.rest": "the rest of the network ({count} actors)",
        "dashboard.rest_with": "the rest of the network ({count} actors, including {names})",
        "dashboard.cut_off": "Cut off: {names}",
        "dashboard.and": "and",
        "dashboard.years": "Across the school years",
        "dashboard.years_intro": (
            "The same key figures per school year (1 August to 31 July) and how many "
            "collaborations started, ended and continued from one year to the next."
        ),
        "dashboard.years_empty": "No ties with a start date: no change over time to show.",
        "dashboard.col.year": "School year",
        "dashboard.col.active": "Active actors",
        "dashboard.col.started": "Started",
        "dashboard.col.ended": "Ended",
        "dashboard.col.persisting": "Continued",
        "dashboard.col.persistence": "Kept (%)",
        "dashboard.years_chart": "Ties and active actors per school year",
        "dashboard.turnover": "Turnover between consecutive school years (pairs of actors)",
        "dashboard.movers": "Biggest shifts from {year_a} to {year_b}",
        "dashboard.col.betweenness_rank": "Rank as a bridge (betweenness)",
        "dashboard.metric.articulation_points": "Articulation points",
        "dashboard.metric.mixing_matrix": "Mixing matrix",
    },
}

register_messages(MESSAGES)
