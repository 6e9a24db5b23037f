"""Every metric in one plain sentence (Dutch and English) with the reference it follows.

Shown in the UI next to the number and written into exports, so a board member can
read what a figure means and a researcher can check where its definition comes from.
"""

from __future__ import annotations

from graph.errors import GraphError

LANGUAGES = ("nl", "en")

# metric -> (Dutch, English, reference)
_TEXT: dict[str, tuple[str, str, str]] = {
    "degree": (
        "Met hoeveel partners een actor samenwerkt.",
        "How many partners an actor works with.",
        "Freeman, L. C. (1979). Centrality in social networks. Social Networks 1, 215-239.",
    ),
    "in_degree": (
        "Hoeveel partners een samenwerking met deze actor zijn begonnen.",
        "How many partners started a collaboration with this actor.",
        "Wasserman, S. & Faust, K. (1994). Social Network Analysis, ch. 5.",
    ),
    "out_degree": (
        "Met hoeveel partners deze actor zelf een samenwerking is begonnen.",
        "With how many partners this actor started a collaboration itself.",
        "Wasserman, S. & Faust, K. (1994). Social Network Analysis, ch. 5.",
    ),
    "strength": (
        "Het totale gewicht (intensiteit) van alle samenwerkingen van een actor.",
        "The total weight (intensity) of all an actor's collaborations.",
        "Barrat, A. et al. (2004). The architecture of complex weighted networks. PNAS 101, 3747.",
    ),
    "betweenness": (
        "Hoe vaak een actor op de kortste verbinding tussen twee anderen ligt: een brugfunctie.",
        "How often an actor lies on the shortest route between two others: a bridging role.",
        "Freeman (1977) Sociometry 40, 35-41; Brandes (2001) J. Math. Sociol. 25, 163-177.",
    ),
    "closeness": (
        "Hoe dicht een actor gemiddeld bij alle anderen staat (in stappen).",
        "How close an actor is, on average, to all others (in steps).",
        "Freeman (1979); Wasserman & Faust (1994) for unconnected networks.",
    ),
    "harmonic": (
        "Nabijheid die ook werkt als niet iedereen bereikbaar is: som van 1/afstand.",
        "Closeness that also works when not everyone is reachable: sum of 1/distance.",
        "Marchiori & Latora (2000) Physica A 285, 539; Boldi & Vigna (2014).",
    ),
    "eigenvector": (
        "Hoe centraal een actor is doordat zijn partners zelf centraal zijn.",
        "How central an actor is because its partners are central themselves.",
        "Bonacich, P. (1972). J. Math. Sociol. 2, 113-120.",
    ),
    "katz": (
        "Invloed via alle routes, waarbij langere routes minder meetellen (gerichte netwerken).",
        "Influence through all routes, longer routes counting less (directed networks).",
        "Katz, L. (1953). A new status index. Psychometrika 18, 39-43.",
    ),
    "pagerank": (
        "Belang van een actor volgens wie naar hem verwijst, zoals Google webpagina's rangschikt.",
        "An actor's importance from who points to it, as Google ranks web pages.",
        "Brin, S. & Page, L. (1998). Computer Networks 30, 107-117.",
    ),
    "clustering": (
        "Welk deel van de partners van een actor ook onderling samenwerkt.",
        "Which share of an actor's partners also work with each other.",
        "Watts & Strogatz (1998) Nature 393, 440; Fagiolo (2007) for directed networks.",
    ),
    "core_number": (
        "De diepste 'kern' waarin een actor zit: iedereen daarin heeft minstens zoveel partners.",
        "The deepest 'core' an actor belongs to: everyone in it has at least that many partners.",
        "Seidman, S. B. (1983). Social Networks 5, 269-287; Batagelj & Zaversnik (2003).",
    ),
    "constraint": (
        "Hoe sterk een actor afhangt van partners die elkaar al kennen (hoog = weinig ruimte).",
        "How much an actor depends on partners who already know each other (high = little room).",
        "Burt, R. S. (1992). Structural Holes. Harvard University Press.",
    ),
    "effective_size": (
        "Het aantal partners dat nieuwe contacten oplevert, na aftrek van overlap.",
        "The number of partners that bring new contacts, after subtracting overlap.",
        "Burt (1992) Structural Holes; Borgatti (1997) Connections 20, 35-38.",
    ),
    "community": (
        "De groep actoren die onderling meer samenwerken dan met de rest (Louvain/Leiden).",
        "The group of actors that work together more than with the rest (Louvain/Leiden).",
        "Blondel et al. (2008) J. Stat. Mech. P10008; Traag et al. (2019) Sci. Rep. 9, 5233.",
    ),
    "articulation_point": (
        "Zonder deze actor valt het netwerk uiteen in losse delen.",
        "Without this actor the network falls apart into separate pieces.",
        "Hopcroft, J. & Tarjan, R. (1973). Comm. ACM 16, 372-378.",
    ),
    "boundary_share": (
        "Welk deel van de samenwerkingen buiten de eigen organisatie(s) ligt.",
        "Which share of the collaborations lies outside the actor's own organisation(s).",
        "Krackhardt & Stern (1988) Soc. Psychol. Q. 51, 123-140 (actor-level E-I idea).",
    ),
    "brokerage_coordinator": (
        "Makelaar tussen twee leden van de eigen groep (A->A->A).",
        "Broker between two members of its own group (A->A->A).",
        "Gould, R. V. & Fernandez, R. M. (1989). Sociological Methodology 19, 89-126.",
    ),
    "brokerage_itinerant": (
        "Makelaar tussen twee leden van een andere groep dan de eigen (A->B->A).",
        "Broker between two members of a group it does not belong to (A->B->A).",
        "Gould, R. V. & Fernandez, R. M. (1989). Sociological Methodology 19, 89-126.",
    ),
    "brokerage_representative": (
        "Vertegenwoordiger: brengt iets van de eigen groep naar buiten (A->A->B).",
        "Representative: carries something from its own group outwards (A->A->B).",
        "Gould, R. V. & Fernandez, R. M. (1989). Sociological Methodology 19, 89-126.",
    ),
    "brokerage_gatekeeper": (
        "Poortwachter: laat iets van buiten de eigen groep binnen (A->B->B).",
        "Gatekeeper: lets something from outside into its own group (A->B->B).",
        "Gould, R. V. & Fernandez, R. M. (1989). Sociological Methodology 19, 89-126.",
    ),
    "brokerage_liaison": (
        "Verbinder tussen twee andere groepen dan de eigen (A->B->C).",
        "Liaison between two groups other than its own (A->B->C).",
        "Gould, R. V. & Fernandez, R. M. (1989). Sociological Methodology 19, 89-126.",
    ),
    "nodes": (
        "Het aantal actoren in het netwerk.",
        "The number of actors in the network.",
        "Wasserman & Faust (1994) Social Network Analysis, ch. 4.",
    ),
    "ties": (
        "Het aantal banden: paren actoren die samenwerken (meer samenwerkingen tussen "
        "dezelfde twee tellen één keer). Samenwerking binnen één organisatie en een "
        "dienstverband zijn geen band.",
        "The number of ties: pairs of actors who collaborate (several collaborations "
        "between the same two count once). Collaboration inside one organisation and an "
        "affiliation are no tie.",
        "Wasserman & Faust (1994) Social Network Analysis, ch. 4; collabnet convention.",
    ),
    "affiliations": (
        "Lijnen tussen een persoon en de organisatie waar die werkt (gemengd niveau).",
        "Lines between a person and the organisation they work at (mixed level).",
        "collabnet convention.",
    ),
    "self_loops": (
        "Relaties van een actor met zichzelf; die tellen in geen enkele maat mee.",
        "Ties of an actor with itself; no measure counts them.",
        "collabnet convention.",
    ),
    "density": (
        "Welk deel van alle mogelijke samenwerkingen er echt is.",
        "Which share of all possible collaborations actually exists.",
        "Wasserman & Faust (1994) Social Network Analysis, section 4.3.",
    ),
    "reciprocity": (
        "Welk deel van de gerichte relaties wederzijds is.",
        "Which share of directed ties is returned.",
        "Wasserman & Faust (1994) ch. 13; networkx overall_reciprocity.",
    ),
    "transitivity": (
        "Hoe vaak twee partners van dezelfde actor ook elkaars partner zijn (hele netwerk).",
        "How often two partners of the same actor are partners too (whole network).",
        "Newman, M. E. J. (2003). SIAM Review 45, 167-256 (global clustering).",
    ),
    "average_clustering": (
        "Het gemiddelde van de clustering van alle actoren.",
        "The mean clustering of all actors.",
        "Watts, D. J. & Strogatz, S. H. (1998). Nature 393, 440-442.",
    ),
    "components": (
        "In hoeveel losse delen het netwerk uiteenvalt.",
        "How many separate pieces the network consists of.",
        "Wasserman & Faust (1994) section 4.3.",
    ),
    "strong_components": (
        "Losse delen waarin iedereen iedereen kan bereiken langs de richting van de relaties.",
        "Pieces in which everyone can reach everyone following the direction of the ties.",
        "Tarjan, R. (1972). SIAM J. Comput. 1, 146-160.",
    ),
    "largest_component": (
        "Het aantal actoren in het grootste samenhangende deel.",
        "The number of actors in the largest connected piece.",
        "Wasserman & Faust (1994) section 4.3.",
    ),
    "diameter": (
        "De grootste afstand (in stappen) tussen twee actoren in het grootste deel.",
        "The longest distance (in steps) between two actors in the largest piece.",
        "Wasserman & Faust (1994) section 4.3.",
    ),
    "average_path_length": (
        "Het gemiddelde aantal stappen tussen twee actoren in het grootste deel.",
        "The mean number of steps between two actors in the largest piece.",
        "Watts & Strogatz (1998); Wasserman & Faust (1994).",
    ),
    "degree_centralisation": (
        "Hoe sterk de samenwerking om een of enkele spelers draait (0 = gelijk, 1 = ster).",
        "How much collaboration revolves around one or a few actors (0 = even, 1 = star).",
        "Freeman, L. C. (1979). Social Networks 1, 215-239.",
    ),
    "betweenness_centralisation": (
        "Hoe sterk de verbindingen via een of enkele makelaars lopen (0 = gelijk, 1 = ster).",
        "How much connections run through one or a few brokers (0 = even, 1 = star).",
        "Freeman, L. C. (1979). Social Networks 1, 215-239.",
    ),
    "degree_assortativity": (
        "Of actoren met veel partners vooral met elkaar samenwerken (+) of met kleine spelers (-).",
        "Whether well-connected actors work with each other (+) or with small players (-).",
        "Newman, M. E. J. (2002). Phys. Rev. Lett. 89, 208701.",
    ),
    "attribute_assortativity": (
        "Of actoren vooral samenwerken met actoren van dezelfde soort (+) of juist anders (-).",
        "Whether actors work mainly with their own kind (+) or with others (-).",
        "Newman, M. E. J. (2003). Phys. Rev. E 67, 026126.",
    ),
    "ei_index": (
        "Externe min interne relaties, gedeeld door alle: -1 = alleen binnen de groep, +1 = alleen erbuiten.",
        "External minus internal ties over all ties: -1 = only within groups, +1 = only across.",
        "Krackhardt, D. & Stern, R. N. (1988). Soc. Psychol. Q. 51, 123-140.",
    ),
    "mixing_matrix": (
        "Hoeveel relaties er lopen tussen elk paar groepen (soort, sector, regio).",
        "How many ties run between each pair of groups (type, sector, region).",
        "Newman, M. E. J. (2003). Phys. Rev. E 67, 026126.",
    ),
    "communities": (
        "Het aantal gevonden groepen die onderling meer samenwerken dan met de rest.",
        "The number of groups found that collaborate more internally than with the rest.",
        "Blondel et al. (2008) J. Stat. Mech. P10008.",
    ),
    "modularity": (
        "Hoe duidelijk het netwerk in groepen uiteenvalt (boven 0,3 is een duidelijke indeling).",
        "How clearly the network splits into groups (above 0.3 is a clear division).",
        "Newman, M. E. J. & Girvan, M. (2004). Phys. Rev. E 69, 026113.",
    ),
    "articulation_points": (
        "De actoren zonder wie het netwerk uiteenvalt.",
        "The actors without whom the network falls apart.",
        "Hopcroft, J. & Tarjan, R. (1973). Comm. ACM 16, 372-378.",
    ),
    "bridges": (
        "De relaties zonder welke het netwerk uiteenvalt.",
        "The ties without which the network falls apart.",
        "Tarjan, R. (1974). Inf. Process. Lett. 2, 160-161.",
    ),
}


def metrics() -> tuple[str, ...]:
    """Every metric that has an explanation."""
    return tuple(_TEXT)


def _entry(metric: str) -> tuple[str, str, str]:
    try:
        return _TEXT[metric]
    except KeyError:
        raise GraphError(f"no explanation for unknown metric {metric!r}") from None


def explain(metric: str, language: str = "nl") -> str:
    """One plain-language sentence about ``metric`` in Dutch (``nl``) or English (``en``).

    >>> explain("degree", "en")
    'How many partners an actor works with.'
    """
    if language not in LANGUAGES:
        raise GraphError(f"unknown language {language!r}: choose 'nl' or 'en'")
    nl, en, _ = _entry(metric)
    return nl if language == "nl" else en


def reference(metric: str) -> str:
    """The publication whose definition ``metric`` follows.

    >>> reference("constraint")
    'Burt, R. S. (1992). Structural Holes. Harvard University Press.'
    """
    return _entry(metric)[2]
