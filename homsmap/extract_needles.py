"""Cheap filters for :mod:`homsmap.extract_triggers`' triggers (part of :mod:`homsmap.extract`).

For each trigger, lowercase substrings one of which a sentence must hold before the trigger's pattern is tried.
A trigger with no entry is always tried.
"""

from __future__ import annotations

__all__ = ["NEEDLES"]

NEEDLES: dict[str, tuple[str, ...]] = {
    "passive": ("was ", "were ", "been ", "being ", "is ", "are ", "be "), "participle": (" by", "handed"), "participle-item": ("taken", "captur", "seized", "liberated", "overrun", "secured", "stormed", "cleared", "encircled", "besieged", "occupied"), "fell-from": ("fell", "fall"),
    "fell-to": ("fell", "fall"), "siege-was-broken": ("siege", "encirclement", "blockade"), "break-through-to": ("through to",), "pledged-to": ("allegiance", "loyalty", "bay"), "fell-colon": (":",), "made-capital": ("capital",), "colon-taken-by": (":",), "fell": ("fell", "fall"), "came-under": ("under",), "return-to-control": ("control", "rule", "authority"), "begin-siege": ("siege", "blockade"), "place-under-siege": ("under",), "placed-under-siege": ("siege", "blockade"), "flag-raised": ("flag",), "flag-adj-raised": ("flag",),
    "n-recapture": ("capture",), "n-capture": ("capture", "seizure", "liberation", "conquest"), "n-fall": ("fall",),
    "n-takeover": ("takeover",), "n-storming": ("storming",), "n-entry": ("entry", "arrival", "advance", "push"), "n-siege": ("siege", "encirclement"), "seal-off": ("seal",),
    "n-evacuation": ("evacuation",), "siege-broken": ("siege", "encircl", "blockade"), "n-evacuation-done": ("evacuation",), "n-surrender": ("surrender",), "n-handover": ("handover", "hand-over"),
    "n-withdrawal": ("withdrawal",), "tactical-withdrawal": ("withdrawal", "retreat"), "n-covered": ("cover", "includ", "extended", "appl"), "deal-covers": ("cover", "includ", "appl", "extend"), "n-offensive": ("offensive", "assault", "attack", "incursion"),
    "truce-made": ("ceasefire", "cease-fire", "truce", "fighting"), "truce-brokered": ("brokered",),
    "truce-passive": ("ceasefire", "cease-fire", "truce", "fighting"), "deal-made": ("agreement", "deal", "accord",
                                                                                   "settlement"),
    "deal-passive": ("agreement", "deal", "accord", "settlement"), "deal-rejected": ("agreement", "deal",
                                                                                      "settlement"),
    "agreed": ("agreed",), "redeploy": ("redeploy", "reposition", "regroup"), "announced-control": ("control",), "has-whole": ("whole", "entire"), "took-under-control": ("under control",), "walk-streets": ("street", "square", "centre", "center"), "is-ours": ("ours", " free", "liberated"), "is-gone": ("gone",), "is-theirs": ("theirs",), "n-offensive-defended": ("foil", "repel", "repuls", "thwart", "crush"), "headline-participle": ("liberat", "taken", "captur", "seiz", "clear", "secur", "freed"), "enter-part": ("outskirts", "suburb", "edge", "gates", "part", "periphery"),
    "recapture": ("recaptur", "reoccup", "re-occup", "re-captur", "regain", "re-gain", "retook", "retak", "re-took", "re-tak", "recover",
                  " back"),
    "capture": ("captur", "conquer"), "purify": ("purif",), "seize": ("seiz",), "take-control": ("control",), "take-over": (" over",), "where-control": ("where",), "let-in": ("let", "allow", "admit"), "reassert-control-bare": ("control",), "n-loss": ("loss",), "break-through-at": ("through",), "leave-under-control": ("control", "hands"), "restore-control": ("control",),
    "take-possession": ("possession",), "item-control": ("control",), "change-hands": ("hands",), "followed": ("followed",), "take": ("took", "tak"), "drive-out": ("out of", "expel", "oust", "drove", "driven", "chased"),
    "liberate": ("liberat", "overr", "free"), "god-opened": ("opened", "granted"), "restore-security": ("restor",), "held-since": ("since",), "clear": ("clear", "cleans", "purg", " rid "), "cleared-of": ("clear", "cleans", "purg", "freed", " rid "), "enter": ("enter", " into", " through"), "enter-back-in": (" in",), "storm": ("storm",), "advance-into": ("to",), "ring-closed": ("ring", "encirclement", "cordon"), "held-since-active": ("since",), "occupy": ("occup",), "drive-out-bare": (" out",), "reach": ("reach",), "flags-flying": ("flag",), "returned-to-control": ("return",), "declared-besieged": ("declar", "pronounc"), "declared-taken": ("declar", "pronounc"), "return-to": ("return",),
    "advance-in": ("advanc",), "secure": ("secur",), "controlled-by": ("control", "held"), "now-held-by": (" now ",), "was-in": (" in ", " inside "), "raise-flag": ("flag",),
    "besiege": ("besieg", "encircl", "surround", "siege", "blockad", "isolat"), "besieged-in": ("besieg", "encircl", "surround",
                                                                                   "trapped", "penned", "cut off"), "launch": ("launch", "began", "begun", "begin",
                                                                              "start", "opened", "mounted"),
    "fight-in": ("fighting", "clashes", "battle", "clashing"), "battle-over": ("battle", "fight"), "fight-in-quarter": ("fighting", "clashes", "battle"), "attack": ("attack", "assault", " back at", "infiltrat"), "pushed-to-edge": (" to ",), "cell-under-control": ("| ",), "operations-over": ("declar",), "encircle-fled": ("encircl", "surround", "besieg", "trapped"), "embrace-of-homeland": (" of the ",), "advance-on": (" on ",), "through-lines-at": ("through",), "withdraw": ("withdr",),
    "pull-out": ("pull", "retreat"), "pull-out-bare": ("pulled", "withdrew", "withdrawn"), "abandon": ("abandon",), "flee": ("fle",), "enter-bare": ("walked", "marched", "rolled", "drove"), "leave": ("left", "leav"), "leave-besieged": ("left", "leav"), "evacuate": ("evacuat",),
    "surrender": ("surrender", "gave in", "gives in", "give in", "giving in", "gave up"), "hand-over": ("hand", "ced"), "lose": ("lost", "los"), "bussed-out": (" out ", "bused", "bussed", "evacuated"),
    "deploy-in": ("deploy", "positions", "checkpoints", "posts", "bases"), "paren-status": ("(",), "under-x-control": ("control",),
    "under-control-of": ("control",), "back-in-hands": ("hands",), "in-hands-by": ("hands",), "in-control-of": ("control",), "declare-taken": ("declar", "announc", "proclaim", "pronounc"),
    "airstrike": ("air", "warplane", "bomb", "helicopter", "jet", "aircraft"), "shelling": ("shell", "artillery",
                                                                                              "mortar", "rocket"),
    "bombing": ("bomb", "explosion", "blast", "suicide"), "strike": ("strike", "struck", "target"),
    "clashes": ("clashes", "fighting", "battles", "firefight"), "massacre": ("massacre",),
    "prison-break": ("detainees", "inmates", "prisoners"),
}
