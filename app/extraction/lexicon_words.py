# ruff: noqa: RUF001  (typographic quotes and dashes are matched on purpose)
"""Closed word lists the rules use. Lower case; apostrophes normalised to '."""

from __future__ import annotations


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


MODALS = {
    "will": "will",
    "shall": "will",
    "won't": "will",
    "would": "would",
    "wouldn't": "would",
    "may": "may",
    "might": "might",
    "could": "could",
}
CONTRACTED_WILL = _words("i'll we'll you'll they'll he'll she'll it'll that'll there'll who'll")
COPULAS = _words(
    "is are am was were be been being 's 're remains remain remained seems seem seemed appears "
    "appear appeared looks look looked isn't aren't wasn't weren't"
)
PAST_COPULAS = _words("was were wasn't weren't remained seemed appeared looked")
ADJ_TO = {
    "likely": "likely",
    "unlikely": "unlikely",
    "certain": "almost certain",
    "sure": "almost certain",
    "bound": "almost certain",
    "destined": "almost certain",
    "set": "set to",
    "poised": "set to",
    "tipped": "likely",  # "widely tipped to": what others expect, not a course already set
    "expected": "expected",
    "forecast": "expected",
    "predicted": "expected",
    "projected": "expected",
}
PREDICATIVE = {
    "likely": "likely",
    "unlikely": "unlikely",
    "probable": "probable",
    "improbable": "improbable",
    "inevitable": "almost certain",
}
IT_THAT = {
    "likely": "likely",
    "unlikely": "unlikely",
    "probable": "probable",
    "improbable": "improbable",
    "certain": "almost certain",
    "possible": "possible",
    "inevitable": "almost certain",
    "odds-on": "likely",  # "it is odds-on that drivers at the two depots join the action"
}
EST_ADVERBS = {
    "likely": "likely",
    "probably": "probably",
    "certainly": "certain",
    "surely": "almost certain",
    "definitely": "almost certain",
    "undoubtedly": "almost certain",
    "possibly": "possibly",
    "perhaps": "possibly",
    "conceivably": "possibly",
    "inevitably": "almost certain",
}
MODIFIERS = _words(
    "very highly extremely quite fairly somewhat most more increasingly widely generally "
    "reasonably overwhelmingly almost nearly virtually"
)
CHANCE_NOUNS = _words("chance chances possibility likelihood probability prospect odds risk")
CHANCE_ADJ = {
    "no": "almost no chance",
    "little": "little chance",
    "slim": "slim chance",
    "small": "small chance",
    "low": "low chance",
    "remote": "remote chance",
    "good": "good chance",
    "strong": "strong chance",
    "high": "high chance",
    "real": "real possibility",
    "realistic": "realistic possibility",
    "serious": "serious possibility",
    "distinct": "distinct possibility",
    "even": "roughly even chance",
    "some": "possible",
    "every": "very likely",  # "there's every chance of a safety car"
    "fair": "roughly even chance",
    "outside": "slim chance",
    # a raised chance says the odds moved, not that they passed even: kept near even
    "increased": "real possibility",
    "higher": "real possibility",
    "greater": "real possibility",
    "heightened": "real possibility",
    "growing": "real possibility",
    "rising": "real possibility",
    "increasing": "real possibility",
}
NEGATIONS = _words("not never n't no")
ADVERBS = _words(
    "also still now only then soon again already probably likely certainly surely definitely "
    "undoubtedly possibly perhaps eventually ultimately quickly clearly simply really just "
    "even further almost nearly very highly most more quite fairly somewhat well largely "
    "mostly partly gradually slowly rapidly sharply broadly generally increasingly inevitably "
    "conceivably in fact actually either too therefore thus hence however nevertheless though "
    "meanwhile instead indeed so ever always"
)
SAY_VERBS = _words(
    "warning arguing insisting claiming suggesting cautioning predicting telling "
    "said says say saying told tells tell added adds add argued argues argue warned warns warn "
    "insisted insists insist noted notes note stressed stresses stress emphasized emphasizes "
    "emphasised emphasises emphasize emphasise claimed claims claim suggested suggests suggest "
    "indicated indicates indicate signalled signaled signals signal announced announces "
    "acknowledged acknowledges conceded concedes concede admitted admits hinted hints confirmed "
    "confirms agreed agrees maintained maintains reiterated reiterates explained explains "
    "wrote writes write reported reports stated states asserted asserts contended contends "
    "cautioned cautions predicted predicts predict forecast forecasts forecasting projected "
    "projects project estimated estimates estimate reckoned reckons reckon assessed assesses "
    "assess judge judged judges concluded concludes promised promises pledged pledges vowed vows "
    "believe believes believed think thinks thought expect expects expected expecting "
    "anticipate anticipates anticipated suspect suspects suspected doubt doubts doubted fear "
    "fears feared worry worries worried feel feels felt hope hopes hoped bet bets guess guesses "
    "calculated "
    "calculates argued show shows showed demonstrate demonstrates assured assures guaranteed "
    "guarantees undertook threatened threatens"
)
HEDGES = {
    "believe": "believe",
    "believes": "believe",
    "believed": "believe",
    "think": "think",
    "thinks": "think",
    "thought": "think",
    "reckon": "think",
    "reckons": "think",
    "reckoned": "think",
    "feel": "think",
    "feels": "think",
    "felt": "think",
    # "I'd guess it will be £24 by Christmas": a guess, no surer than a thought
    "guess": "think",
    "guesses": "think",
    "guessed": "think",
    "expect": "expect",
    "expects": "expect",
    "expected": "expect",
    "expecting": "expect",
    "anticipate": "expect",
    "anticipates": "expect",
    "anticipated": "expect",
    "suspect": "suspect",
    "suspects": "suspect",
    "suspected": "suspect",
    "doubt": "doubt",
    "doubts": "doubt",
    "doubted": "doubt",
    "fear": "fear",
    "fears": "fear",
    "feared": "fear",
    "worry": "fear",
    "worries": "fear",
    "worried": "fear",
    # the analyst's "we assess / we judge that X will": a belief, not a certainty
    "assess": "believe",
    "assesses": "believe",
    "assessed": "believe",
    "judge": "believe",
    "judges": "believe",
    "judged": "believe",
    # "my view is that X will", "our assessment is that X will": a belief
    "view": "believe",
    "assessment": "believe",
    "belief": "believe",
    "judgement": "believe",
    "judgment": "believe",
    "expectation": "expect",
    # "the institute forecasts that arabica will average $3.10": a forecast, not a certainty
    "forecast": "expect",
    "forecasts": "expect",
    "forecasting": "expect",
    "predict": "expect",
    "predicts": "expect",
    "predicted": "expect",
    "predicting": "expect",
    "project": "expect",
    "projects": "expect",
    "projected": "expect",
    "projecting": "expect",
    "estimate": "expect",
    "estimates": "expect",
    "estimated": "expect",
}
PLEDGE_VERBS = _words(
    "promised promises pledged pledges vowed vows hope hopes hoped assured assures guaranteed "
    "guarantees committed undertook threatened threatens"
)
EXPECT_VERBS = _words(
    "expect expects expected expecting forecast forecasts forecasting predict predicts "
    "predicted predicting project projects projected projecting anticipate anticipates "
    "anticipating anticipated see sees envisage envisages envisaged envisaging"
)
THAT_NOUNS = _words(
    "view views belief beliefs expectation expectations sign signs hope hopes fear fears concern "
    "concerns possibility likelihood chance chances risk risks warning warnings forecast "
    "forecasts prediction predictions assumption assumptions evidence suggestion suggestions "
    "claim claims prospect prospects assessment judgement judgment bet guess consensus "
    "indications indication odds probability message argument conviction estimate estimates"
)
THAT_ADJ = _words(
    "likely unlikely probable improbable certain possible sure clear confident aware "
    "convinced hopeful optimistic pessimistic worried afraid doubtful inevitable"
)
INTRO_WORDS = _words(
    "in on at by for with without after before during since as but and yet so still however "
    "meanwhile moreover ultimately indeed instead overall conversely similarly finally first "
    "second third now then today yesterday tomorrow last next this earlier later just even if "
    "unless when once while although though because whatever whoever speaking according given "
    "regardless despite ahead following under over from within beyond among amid against "
    "through throughout until unlike like to nevertheless nonetheless thus therefore hence also "
    "of course in fact rather again clearly put simply elsewhere domestically internationally "
    "abroad further furthermore besides likewise where whereas though barring absent provided "
    "assuming should sooner"
)
SUBORDINATORS = {
    "because": "reason",
    "since": "reason",
    "while": "reason",
    "whereas": "reason",
    "although": "reason",
    "though": "reason",
    "so": "reason",
    "if": "condition",
    "unless": "condition",
    "when": "temporal",
    "once": "temporal",
    "after": "temporal",
    "before": "temporal",
    "until": "temporal",
    "till": "temporal",
    "whenever": "temporal",
    "whether": "embedded",
    "how": "embedded",
    "what": "embedded",
    "why": "embedded",
    "where": "embedded",
    "whatever": "embedded",
    "which": "relative",
    "who": "relative",
    "whom": "relative",
    "whose": "relative",
}
EMBEDDING_VERBS = _words(
    "see seen know knows knew ask asks asked wonder wonders wondered decide decides decided "
    "unclear uncertain question questions clear sure determine determines doubt tell"
)
OUTCOME_VERBS = _words(
    "be become remain stay have see face grow rise fall increase decrease decline drop slow "
    "shrink expand recover rebound return reach exceed top hit beat miss make post record "
    "lose win gain suffer need struggle fail succeed survive benefit hold get account outpace "
    "outperform underperform contract improve worsen deteriorate weaken strengthen end remain "
    "find stabilise stabilize peak bottom surge soar slump plunge tumble climb ease edge "
    "double halve go come run last overtake prove turn know feel"
)
INTENTION_VERBS = _words(
    "try seek aim attempt endeavour endeavor strive intend plan want wish like prefer consider "
    "hope mean"
)
AGENT_NOUNS = _words(
    "analysts analyst economists economist officials official experts expert diplomats diplomat "
    "office offices bureau modellers modeller "
    "investors investor traders trader strategists strategist forecasters forecaster observers "
    "observer ministers minister government governments bank banks company companies firm "
    "firms group groups spokesman spokeswoman spokesperson executives executive chief "
    "director sources source insiders leaders leader president party parties union unions "
    "association agency ministry commission committee council board researchers researcher "
    "scientists pollsters pollster consultancy consultants consultant adviser advisers "
    "advisor advisors chairman chairwoman governor regulator regulators authorities authority "
    "administration secretary chancellor we i people critics supporters opponents campaigners "
    "lawmakers legislators mps senators candidates candidate managers manager bosses boss "
    "brokers broker banker bankers institute fund funds producers producers' airlines retailers "
    "fed treasury report survey poll study organisation organization industry business "
    "businesses house think tank army military police court judges bookmakers bookmaker bookies "
    "punters markets federation federations foundation confederation supplier suppliers "
    "officer officers pundit pundits commentator commentators psephologist psephologists "
    "statistician statisticians meteorologist meteorologists insurer insurers watchdog "
    # "the fishermen reckon they'll be good again this year": trades that forecast their own
    "fishermen farmers growers dealers landlords builders developers"
)
ORG_HEADS = _words(
    "company firm group bank government party ministry commission alliance association agency "
    "business chain retailer carrier airline union administration council board organisation "
    "organization team club department authority federation foundation confederation "
    # "The national weather service gives a 60% chance of above-average rainfall"
    "service office bureau centre center institute desk observatory laboratory chamber watchdog"
)
ROLE_WORDS = _words(
    "spokesman spokeswoman spokesperson official officials executive executives chairman "
    "chairwoman director minister ministers secretary president chancellor governor "
    "representative source sources adviser advisor head boss founder partner manager ceo "
    "cfo leader aide aides officer"
)
QUANTIFIERS = _words(
    "most some several many few a an one two three other others all both "
    "any various numerous certain"
)
AUX = _words(
    "has have had is are was were be been being do does did also clearly repeatedly further "
    "already long now still recently publicly privately openly previously again just often "
    "widely firmly strongly confidently consistently reportedly apparently separately "
    "nevertheless however meanwhile too though not n't never"
)
PRONOUNS = _words("he she it they we i you this that these those there")
DETERMINERS = _words(
    "the a an his her their its our your my this that these those some any no "
    "every each political free good ill own popular strong"
)
NON_VERBS = _words(
    "the a an of to in on at by for and or but as with from that this these those than then "
    "there their its his her our your my is are was were , . ; : — – - ( ) \" “ ” ’ ' "
    "% $ £ € which who what when where why how if so"
)

# --- plans, schedules and policy descriptions (see lexicon/README.md, "What counts") ---

# Results and effects rather than deliberate acts: "X will rise / hurt / force" is a
# forecast whoever X is. An agent's other verbs ("will open", "will meet") are plans.
EFFECT_VERBS = _words(
    "hurt hit boost force damage push drive lift weigh outstrip slip squeeze undermine "
    "threaten ease affect help harm cost save add bring lead result dominate determine shape "
    "change slide jump soar tumble collapse crumble shrink widen narrow spread persist last "
    "drag worsen deepen intensify escalate emerge happen occur arrive follow depend require "
    "prove mean go come fall rise grow slow overtake outperform beat miss top exceed "
    "accelerate weaken strengthen reach hit trail lag lose win survive fail struggle suffer "
    "benefit recover rebound face remain stay keep continue be become have need get see "
    "find take move respond react retaliate accept reject resist scramble try seek split clear "
    "break default overtake pass tip sink"
)
# Acts that are announced in advance: "X will meet / say / publish ..." reports a schedule.
EVENT_VERBS = _words(
    "say tell announce unveil outline publish present meet visit attend host discuss debate "
    "address speak sign travel reiterate repeat detail launch appear testify chair open "
    "introduce hold make give put pay invest build close spend provide fund create set hire "
    "offer sell buy acquire merge float list issue raise cut reduce increase extend expand "
    "start begin end stop scrap appoint name join leave quit retire step stand run vote "
    "table consult review examine consider decide ballot lobby campaign fight oppose "
    "support back use employ replace move shift relocate phase roll book adopt apply ask "
    "seek call urge demand insist argue warn stress point welcome describe"
)
# Speech acts: "X is expected to say ..." previews a speech, it forecasts nothing checkable.
SPEECH_VERBS = _words(
    "say tell argue insist urge warn stress outline unveil call address speak reiterate "
    "repeat describe welcome point set detail announce present"
)
# Participles of deliberate acts: "the cards will be issued in 2008" is a plan.
PLAN_PARTICIPLES = _words(
    "published announced introduced held debated issued built opened launched unveiled "
    "presented sent paid given used set created sold closed scrapped offered appointed named "
    "sentenced tried charged considered discussed reviewed examined signed decided funded "
    "allocated redeployed extended implemented enforced abolished contacted returned invited "
    "asked consulted told informed notified made taken put staged shown broadcast screened "
    "released tabled submitted installed delivered completed phased rolled run operated "
    "managed financed provided distributed replaced required allowed permitted granted "
    "banned prosecuted remembered transferred moved relocated converted renamed marked "
    "celebrated hosted attended chaired led visited reintroduced restored spent invested "
    "weeded sworn elected chosen selected picked awarded supplied built retained stored outlined "
    "available kept"
)
# What a policy, law or deal "will" do is a description of it, not a forecast.
POLICY_NOUNS = _words(
    "bill act law laws legislation scheme schemes plan plans proposal proposals measure "
    "measures rule rules regulation regulations treaty agreement deal contract package "
    "programme program system reform reforms changes powers code strategy fund initiative "
    "manifesto policy policies regime arrangement arrangements levy ban review inquiry "
    "directive charter licence license pact accord constitution card cards service project"
)
DESCRIBE_VERBS = _words(
    "create cover allow give provide require include apply introduce let enable establish "
    "set offer replace ban extend abolish involve entitle oblige permit grant make mean see "
    "run last operate apply affect protect guarantee ensure cap limit restrict exempt "
    "scrap end stop take come be have"
)
# Who makes pledges in political news: "the Tories would cut taxes" is a promise unless a
# verb of contest follows ("Labour will win", "the party will split").
POLITICAL_ACTORS = _words(
    "government governments ministers minister executive administration party tories tory "
    "conservatives labour democrats dems liberals greens snp ukip coalition cabinet chancellor "
    "treasury department council councils assembly parliament"
)
CONTEST_VERBS = _words(
    "win lose gain suffer face fail struggle survive split collapse fall rise remain stay be "
    "become come finish trail lead need miss beat hold"
)
# Passives that report an effect or a contest, not somebody's plan: "will be hit", "will be
# re-elected". Every other unhedged "will be <participle>" is treated as a plan.
OUTCOME_PARTICIPLES = _words(
    "hit affected hurt forced damaged delayed dominated driven squeezed undermined threatened "
    "harmed boosted helped lifted pushed weighed overtaken outpaced missed beaten defeated won "
    "lost elected re-elected ousted seen felt left wiped priced valued overwhelmed stretched "
    "tested exposed disappointed surprised caught stuck trapped dragged pulled drawn hampered "
    "constrained limited offset overshadowed eclipsed outnumbered outvoted vindicated proved "
    "proven shown found remembered judged blamed muted subdued mixed strained"
)
# Results that markets and economies deliver whatever day they are reported on.
MARKET_VERBS = _words(
    "rise fall grow slow shrink increase decrease drop climb jump soar slump surge tumble "
    "plunge ease recover rebound peak hit top reach exceed beat miss win lose remain stay be "
    "average contract expand accelerate"
)
IRREGULAR_PARTICIPLES = _words(
    "put cut set shut held sold told made paid sent built kept left brought bought taught "
    "found met led won spent lent spun run begun dealt meant read hit quit split spread bid lit "
    "relit rebuilt sunk shut"
)
