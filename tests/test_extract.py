"""Text → events (homsmap.extract): the five source documents against their curated seeds, hand-written
sentences for each construction, held-out reports, invariants, the YAML and JSON outputs and the CLI.

How the five documents are scored (homsmap.extract_eval, in full there): control events that change the
map (certainty not denied or planned) on both sides; an extracted event matches a curated one when their
day ranges overlap (a day's slack for an approximate date), the place is the same gazetteer id (or, for an
area such as the northern Homs pocket, a place within 5 km) and the gaining side is in the same bloc
(government / opposition / isis / sdf / other). Matching is one-to-one; the same change told twice is one
key on each side; extracted events outside the campaign's dates are not scored. Measured (2026-11-23):
P 1.00, R 0.94, F1 0.97 over 54 curated keys; per document F1 0.67 (2014 ceasefire: the April push into
Old Homs is only "advanced into several rebel-held areas"), 0.80 (2015: "seeking to advance … in the Sahl
al-Ghab" is not read as an attack), 0.96 (2018 northern Homs: the end of the four-day truce is inferred by the curator), 1.00, 1.00.

Held-out reports (tests/data/extract_heldout.yaml) were written in news and encyclopedia styles with
other places and wordings. The first batch (8 reports, 29 expected events), run once as the extractor
then was: P 0.90, R 0.62, F1 0.73, one denied claim proposed as a change. The second batch (5 reports,
11 events), written after the first was fixed, run once: P 0.64, R 0.64, F1 0.64, one claimed-then-denied
recapture proposed. The third batch (5 reports, 10 events), written after that, run once: P 0.62, R 0.50,
F1 0.56, one forbidden hit (a repelled attack read as an attack; the expectation was then relaxed, since
the schema's "attacked" is fighting for a place). All three then served to fix general gaps (weekday and
"two days earlier" dates, "agreed on Friday to", coordinated subjects, "a claim the army denied",
nationality adjectives, "the militants" as the armed side last named, list names the geoparser missed,
"X, which fell to", "Old City of Homs", "broke the siege of", "the district of X"); the test below guards
the result, so it is no longer a held-out score. Misses left: "Bosra al-Sham" and "Ramouseh", names the
gazetteer lacks.

Three more batches were then written by a new hand who did not read the rules first (scores of each first
run; each later batch written after the previous one was fixed): fourth (10 reports, 22 events) P 0.48,
R 0.55, F1 0.51, one attack without outcome hit a forbidden entry (relaxed, as for the third batch); fifth
(8 reports, 25 events) P 0.89, R 0.68, F1 0.77; sixth (8 reports, 13 events) P 0.69, R 0.69, F1 0.69;
seventh (6 reports, 9 events) P 0.86, R 0.67, F1 0.75, one repulsed attempt hit a forbidden entry. Gaps
they showed and that were fixed in general form: passive "rebels were driven out of X" (the subject loses),
"were handed over to the army" (the recipient gains), "the Syrian flag was raised over X", "had come under
… control", "X completed the seizure of", "the fall of X was a setback for Y", "recovered" / "took back",
"X, which rebels overran", "By Sunday the army controlled X" (a state alone is not a change), coordinated
"YPG fighters and allied FSA units", "Pro-regime forces", "Kurdish-led fighters", "US-backed forces", "the
Army of Conquest" (not "the Army"), a headline's twin in the body up to a week older, a later clause's date
not lent to an earlier clause's event, "a week later", a month's year carried to "on 15 February", "the
siege of X ended", "… ended on D, when the rebels agreed to be evacuated", names with a lowercase particle
at the head of a list ("Krak des Chevaliers"), "the town" for a town before a city named in passing,
"the city" for a town when no city is named, "Rebels in X … began leaving". Left: "Quneitra" read as a
village near Idlib (the resolver weighs a destination named in the text), "Ratyan" (not in the gazetteer).

An eighth batch (8 reports, 19 events: wire copy with weekdays, a situation report in bullet-like lines,
encyclopedia paragraphs; with denials, vows, "was expected to", repelled attacks, conditionals, claims and
background years) was written by a new hand before reading the rules; its first run: P 0.78, R 0.74, F1 0.76,
one forbidden hit (Jandaris read as taken by the Kurds: "Turkish-backed fighters" was not a side). Fixed in
general form: "Turkish-backed fighters/rebels/forces" (Turkey and the SNA), "Jaysh al-Fatah", "swept /
poured / rolled / marched into" as entering, "they" as the side last named, "stormed X … but were
repelled" as an attack, "the first time rebels have entered the city since 2016" as a retrospect, "in a
March offensive" as a month, "seized it" as the town last named in the sentence. After: 19 of 19.

Twenty-four more batches (192 reports, 788 events) were then written in six rounds by new hands who never
read the rules, each round after the previous one had been fixed. The first two rounds chose hard genres on
purpose (encyclopedia articles, wire copy with datelines, ISW and OCHA updates, live blogs and chronologies,
long-form features, Wikipedia monthly timelines, statements of the warring parties, OSINT threads and map
changelogs); the later ones mostly ordinary news, encyclopedia and analysts' mixes. First-run scores per
round (micro-averaged; each batch's own score is in its header in the data file):
- 9th-12th (155 events): P 0.62, R 0.50, F1 0.56, 9 forbidden hits;
- 13th-16th (163 events): P 0.67, R 0.49, F1 0.57, 9 forbidden hits;
- 17th-20th (121 events): P 0.81, R 0.74, F1 0.78, 5 forbidden hits;
- 21st-24th (119 events): P 0.72, R 0.68, F1 0.70, 6 forbidden hits;
- 25th-28th (116 events): P 0.69, R 0.68, F1 0.69, 6 forbidden hits;
- 29th-32nd (114 events): P 0.77, R 0.72, F1 0.75, 8 forbidden hits.
So an unseen report in an ordinary news or encyclopedia style scores about 0.7-0.8 on first sight, an
unusual genre less, and invented changes from denials, plans, destinations or strikes still slip through on
first sight (about one per 15 events). Each round was then fixed in general form (datelines, weekdays under
dated headings, "that June", corrections and take-backs, claims contradicted by the next sentence,
statements' "our forces", possessives, parentheses between a subject and its verb, list members with their
own dates, destinations, containers such as "the Jobar neighbourhood of Damascus", metonymy such as "gives
Damascus", missing gazetteer names and aliases, and more; see the commit log).
A seventh round (33rd-36th, 118 events), written after all the fixes above: P 0.73, R 0.72, F1 0.72, 7
forbidden hits on its first run, two of them from a denial and a plan (both fixed since), five from wrong
references and sides (one fixed). An eighth (37th-38th, 58 events): P 0.77, R 0.74, F1 0.75, 2 forbidden
hits (a plan named beside a ceasefire, fixed; a wrong "the city", fixed since).

Session 4 wrote five more rounds of four batches (39th-58th, 161 reports, 616 events), each scored once on
its first run before the fixes it prompted:
- 9th round (39th-42nd: wire copy, encyclopedia on the east, unusual genres, Homs and the south; 123
  events): P 0.73, R 0.63, F1 0.67, 3 forbidden hits;
- 10th round (43rd-46th: Aleppo news, Damascus timelines, partisan statements and OSINT, long-form analysis;
  124 events): P 0.68, R 0.48, F1 0.57, 2 forbidden hits;
- 11th round (47th-50th: daily news, infobox articles, mixed genres, analysis on the centre; 130 events):
  P 0.76, R 0.68, F1 0.72, 9 forbidden hits;
- 12th round (51st-54th: news, timelines, unusual genres, retrospectives; 120 events): P 0.70, R 0.61,
  F1 0.65, 3 forbidden hits;
- 13th round (55th-58th: news from eight fronts, encyclopedia and timelines, analysts' genres, long-form
  retrospectives; 119 events): P 0.75, R 0.58, F1 0.65, 2 forbidden hits (news 0.82, long-form 0.34).
Long-form analysis and retrospectives (F1 0.4-0.6 on first sight) and news whose dates are relative
("last month", "the next morning", "A year ago this morning") pulled recall down; the forbidden hits came
from denials phrased in new ways ("denied losing any ground", "the lies … claiming that", "FALSE:"),
plans ("before an assault on", "any attempt … would"), destinations and wrong references. All were then
fixed in general form (see the commit log).

Session 5 wrote a fourteenth round (59th-62nd: southern news, encyclopedia on the war against ISIS, unusual
genres such as an interview and a briefing paper, long-form retrospectives; 31 reports, 124 events), scored
on its first run at the session's first commit: P 0.70, R 0.61, F1 0.66, 3 forbidden hits (news 0.63,
encyclopedia 0.70, unusual genres 0.81, long-form 0.47). After the fixes they prompted (a retrospective's
years, relative clauses' own dates, "leaving X encircled", "broke the siege of", an interview's "We", new
gazetteer places such as the Nasib crossing and the Tabqa Dam, and more; see the commit log), a fifteenth
round (63rd-66th: north-west news, encyclopedia on the centre, partisan statements and changelogs,
analysis and long-form; 34 reports, 126 events) scored on its first run: P 0.82, R 0.63, F1 0.72, 2 forbidden
hits (news 0.78, encyclopedia 0.76, statements 0.61, long-form 0.73), and a sixteenth round (67th-70th:
news from ten fronts, encyclopedia on less covered campaigns, practitioner genres, retrospectives; 34 reports,
125 events): P 0.78, R 0.65, F1 0.71, 2 forbidden hits (news 0.73, encyclopedia 0.79, practitioner 0.72,
long-form 0.60), and a seventeenth round (71st-74th: regional outlets, reference texts, partisan statements and
social posts, analysis and features; 32 reports, 126 events): P 0.71, R 0.63, F1 0.67, 9 forbidden hits, 8 of
them in the partisan batch, whose refutations ("It is a lie.", "this claim is a fabrication", "Turned out to
be fake") were new (regional news 0.81, reference 0.79, partisan 0.38, analysis 0.71).

Session 6 wrote an eighteenth round (75th-78th: partisan statements and rebuttals, wire news, analysis and
"one year on" features, partisan feeds and practitioner logs; 33 reports, 135 events), scored on its first
run at the last commit of session 5: P 0.68, R 0.60, F1 0.64, 15 forbidden hits, 14 of them in the two
partisan batches (partisan 0.68 and 0.48, news 0.79, analysis 0.58). The fixes: the side a partisan text
speaks for when it names no issuer ("our lions", "terrorists", "the regime"), a side's "liberated" as its
own gain, a feed's headline participles and changelog colours, refutations ("LIES.", "FAKE ALERT:",
"Nothing of the kind has happened", "Our fighters remain in X", "we continue to assess X as regime-held",
"first coded as"), "12 July last year", and more (see the commit log). A nineteenth round (79th-82nd:
partisan voices, news from less covered fronts, analysis and retrospectives, practitioner and social genres;
32 reports, 135 events), scored on its first run after those fixes: P 0.58, R 0.46, F1 0.51, 10 forbidden
hits (partisan voices 0.31, news 0.64, analysis 0.65, practitioner 0.43). The partisan texts failed on their
speakers (a channel's or page's owner, a Q&A, "mujahideen of the Islamic Resistance") and on new refutations
("Nothing happened in X", "say otherwise", "We have deleted it"); a changelog table read through its colour
key was new. A twentieth round (83rd-86th: everyday news, reference texts, partisan and first-person voices,
analysis and long-form; 32 reports, 130 events), scored on its first run after round nineteen's fixes: P 0.79,
R 0.66, F1 0.72, 3 forbidden hits (news 0.84, reference 0.84, partisan 0.42, analysis 0.74). After its fixes
(a weekday that picks a date's year, "redeployed outside the city", "Since Monday, fighting has raged inside",
"in the direction of", a hypothetical "A … assault on X would …", and more) the whole was at 0.859 on 687 reports.

Session 8 wrote a twenty-first round (87th-90th: everyday news, reference texts, partisan and practitioner
voices, analysis and long-form; 32 reports, 159 events), scored on its first run at 31c6d6a: P 0.65, R 0.69,
F1 0.67, 8 forbidden hits (news 0.67, reference 0.73, partisan 0.49, analysis 0.74). Its brief had wrongly told
the writers that sieges and beaten-back attacks are not recorded; three labels were corrected to the schema
after the first run (scores above are with the corrected labels). The partisan batch failed on statements
hard-wrapped at 100 columns (read line by line, so no sentence was whole) and on refutations in new words ("this
is an invention", "a desperate lie", "Laughable.", "our sources say this is not accurate", "the village remains
in the hands of the factions"). After its fixes (those, "handed Manbij to the Assad gang and the Russians, who
entered the city", "the Damascus suburb of Daraya", a flashback's year, "last week", a lede's perfect that gives
way to the change's own day, "God opened for us X", and more) round twenty-one is at 0.83; the whole was at 0.862
on 719 reports. A twenty-second round (91st-94th: news, reference, partisan voices, analysis; 32 reports, 160
events), scored on its first run at fa0dd04: P 0.64, R 0.65, F1 0.65, 9 forbidden hits (news 0.82, reference 0.64,
partisan 0.47, analysis 0.62; the same brief error, corrected the same way). After its fixes (pages hard-wrapped
at 90 columns whose names ran across lines, "at the start of 2014, …", "on Sunday the 13th", "The next day,
Tuesday", a shouted "IS FREE!!", "the regime's lying channels claim", a claim denied later in its own sentence,
"We laughed", and more) the whole was at 0.857 on 751 reports. A twenty-third round (95th-98th, written from a
corrected brief; 32 reports, 170 events), scored on its first run at faf31b9: P 0.68, R 0.58, F1 0.63, 4 forbidden
hits (news 0.79, reference 0.44, partisan 0.67, analysis 0.65). The reference batch lost most to one gap (an undated
text whose only year is in its title: "Rif Dimashq Governorate, 2018: a chronology by month"); partisan voices did
better on first sight than in any round before (0.67, against 0.31 to 0.49). After its fixes (the title's year,
"';' starts a new clause", "nothing supported the claim", "the claim was quietly dropped", "have no basis in truth",
a spokesman's heading, and more) round twenty-three is at 0.80; the whole was at 0.857 on 783 reports. A
twenty-fourth round (99th-102nd; 32 reports, 164 events), scored on its first run at 8cb0e68: P 0.79, R 0.66, F1
0.72, 7 forbidden hits (news 0.79, reference 0.70, partisan 0.63, analysis 0.74): the best first run since round
fifteen, still short of 0.75 with none forbidden. After its fixes (new refutations: "what the channels broadcast
about … is pure fabrication", "spreading false news", "Their lies do not change …", "Q: … A: (laughs)", "the report
proved unfounded", "dismissed government reports that"; "rejected surrender terms") round twenty-four is at 0.74; the
whole was at 0.852 on 815 reports. A twenty-fifth round (103rd-106th; 32 reports, 159 events), scored on its first
run at 0badf99: P 0.68, R 0.55, F1 0.61, 7 forbidden hits (news 0.76, reference 0.51, partisan 0.48, analysis 0.66).
Its misses were habits not met before: a glossary whose entries open "Hajin — Largest town … Captured by the SDF on
14 December 2018", a section titled "2019 offensive", a Free Daraa council's statement and Islamic State supporters'
tweets ("Lions of the Khilafah storm the Nusayri airport"), a soldier's diary whose "martyrs" read as a Kurdish-led
voice, a sentence read as a dated heading because of its colon, and attacks beaten off ("foiled an attack by
terrorist groups on X"), which the brief records as the attacker's attack. After its fixes round twenty-five was at
0.81 (news 0.82, reference 0.78, partisan 0.89, analysis 0.78) and the whole at 0.857 on 847 reports. (One forbidden
row of an early round, a repelled attack on Qastal Maaf, became an ignore row: that round's brief said such attacks
were not recorded, the schema records them.) A twenty-sixth round (107th-110th; 32 reports, 161 events), scored on
its first run at 8c31659: P 0.65, R 0.57, F1 0.60, 10 forbidden hits (news 0.71, reference 0.62, partisan 0.73,
analysis 0.39). The analysis batch lost most: a date in a citation ("(interview, …, March 2025)") moved the year of
an undated paper, "They" after "…, and the deal brought Syrian troops north" was read as the other side, and a piece
on the coast in March 2025 needs sides the actor list lacks (Assad loyalists against the new government). After its
fixes (refutations two sentences on: "We assess the claim as false", "the army never lost Hbeit", "We found no support
for this"; "A report … proved unfounded"; a "list of battles" whose entries each name their town; "Jabhat al-Nusra"
named in retrospect; a diary "written by a fighter of the National Front for Liberation"; "them" after a list)
round twenty-six was at 0.73 (no forbidden hit) and round twenty-five at 0.86. A twenty-seventh round (111th-114th;
32 reports, 177 events; every genre across the whole war), scored on its first run at 3fb69c7: P 0.77, R 0.65, F1
0.71, 7 forbidden hits (news 0.90, reference 0.57, partisan 0.65, analysis 0.75). News passed the bar on first sight;
reference lost most to a table of changes written without a rule line or outer bars and to a yearbook whose title year
gave way to the year of a truce it recalled. After its fixes round twenty-seven was at 0.79 with no forbidden hit and
round twenty-six at 0.76. A twenty-eighth round (115th-118th; 32 reports, 181 events), scored on its first run at
5c75199: P 0.75, R 0.63, F1 0.68, 9 forbidden hits (news 0.69, reference 0.69, partisan 0.61, analysis 0.74). It met
what the actor list could not say until then: the sides after the fall of the Assad government (Assad loyalists
against the new government's forces on the coast in March 2025), a story told day by day from "Thursday 6 March"
published ten days later, Hijri dates in an Islamic State claim ("Sunday, 28 Shawwal 1435"), a list of retaken
localities ("- Misraba – 10 March."), a town's name shouted in capitals ("SARAQIB IS OURS!"), military sites the
gazetteer lacked (Division 17, Brigade 93, Mishtenur hill; added, with five held-out rows that name them) and
refutations not met before ("Neither was true.", "NOT confirmed.", "reported no such recapture"). After its fixes
round twenty-eight was at 0.86. A twenty-ninth round (119th-122nd; 32 reports, 188 events), scored on its first
run at 2507251: P 0.77, R 0.68, F1 0.72, 8 forbidden hits (news 0.83, reference 0.59, partisan 0.77, analysis
0.73). Reference lost most: a yearbook "covering events of 2018" published in 2019, a chronology table without
outer bars, a gazetteer entry whose "the town" is its headword. After its fixes round twenty-eight is at 0.88 and
round twenty-nine at 0.87, both with no forbidden hit.

Session 11 added two rounds. The thirtieth (123rd-126th; 32 reports, 159 events), scored at e8c32c9: P 0.77,
R 0.68, F1 0.72, 6 forbidden hits (news 0.79, reference 0.65, partisan 0.70, analysis 0.75). Its forbidden hits were
refutations and plans in forms not met before ("refutes the lies … about the recovery of X", "denied reports
circulated by … which claimed that", "a key step towards an assault on Raqqa", "an assault on Yabroud in the coming
weeks", "was not borne out", "is contradicted by footage"); reference lost on a survey "1 January – 31 December
2020" published in 2021, "MARCH" headings over "25 — …" entries and a base "near al-Hirak". After its fixes it was at
0.83. The thirty-first (127th-130th; 32 reports, 179 events), scored at adedb9b: P 0.77, R 0.71, F1 0.74, 4 forbidden
hits (news 0.89, reference 0.82, partisan 0.55, analysis 0.64). Partisan voices lost on issuers quoted paragraph by
paragraph ("Latakia Public Security Directorate, Thursday 6 March: \"…\""), an SDF operations room taken for a
rebel one, and the Druze factions of Suwayda in 2025, which now have an actor of their own (bloc other). The
thirty-second (131st-134th; 32 reports, 163 events), scored at d324ecf: P 0.77, R 0.74, F1 0.755, but 10 forbidden hits
(news 0.65, reference 0.82, partisan 0.74, analysis 0.77): a claim answered later in its own sentence ("; this was
never true", "; activists said no such operation took place", "footage does not support the claim"), "the claim
appears to have been false", a deal term due "by the end of the year" whose "implementation is repeatedly postponed".
The thirty-third (135th-138th; 32 reports, 154 events), scored at 94a791e: P 0.78, R 0.81, F1 0.80, again 10 forbidden
hits (news 0.85, reference 0.87, partisan 0.68, analysis 0.76): "the claim should be treated as false", "the item was
withdrawn", "the report was never corroborated", "described as 'not corresponding to reality' reports that", "the
next task of the army is the liberation of X". After the session's fixes the four rounds are at 0.88, 0.80, 0.79
and 0.82, none with a forbidden hit.

Session 12 first added general fallbacks written without a new round in sight: a sentence that points back at the
claim just told and discredits it in words no narrower rule knows ("described this as wishful thinking", "mocked the
claim as a fantasy", "made no such gains", "Both claims were overtaken"), "ruled out any withdrawal", deals still
being worked on, a day between a verb and its object. The thirty-fourth round (139th-142nd; 32 reports, 181 events),
scored at 8a11fea: P 0.71, R 0.64, F1 0.67, 8 forbidden hits (news 0.61, reference 0.80, partisan 0.66, analysis
0.60). Its texts refuted claims by the distance still to go ("the army was still 'around 20 km' from Arak and had not
attacked it"), by "the report was later acknowledged to have been false", "the claim proves false", "a statement
… was withdrawn within hours", "we do not consider the claim credible" and footage of the other side "still in its
main square"; an activist's "Russian occupation forces" had been read as Turkey; a side calling the enemy's claims
lies had lost its own gain. After the fixes the round is at 0.78 with no forbidden hit. The thirty-fifth
(143rd-146th; 32 reports, 157 events), scored at 8649d80: P 0.79, R 0.75, F1 0.77, 3 forbidden hits (news 0.78,
reference 0.79, partisan 0.72, analysis 0.77), the best first run so far: "… and the claim turned out to be
untrue" without a comma, claims called "\"pure fantasy,\"" in quotes, and "the start of the battle for Raqqa city; we
expect it to reach the city's outskirts". After its fixes it is at 0.79 with no forbidden hit. The thirty-sixth
(147th-150th; 32 reports, 170 events), scored at 53aa947: P 0.76, R 0.66, F1 0.71, 7 forbidden hits (news 0.66,
reference 0.86, partisan 0.75, analysis 0.56): "no word of a ground assault on the city", claims "not supported by
footage" or "not credible", "probing attacks on the Tal Rifaat and Manbij fronts", "the coalition" for the Army of
Conquest, and "the army command acknowledged that \"terrorist\" fighters had entered" Aleppo. After its fixes it is at
0.74 with no forbidden hit.

Session 13 began with a general rule, written before the next round was read, that reads a claim's grammar rather
than its words: a claim noun whose predicate discredits it ("the announcement … of the capture of X was retracted",
"the claim … proved hollow", "the supposed capture of X never happened"), a verb that discredits the claim it takes
("disputed the army's account that", "despite Turkish claims to have entered"), a sentence that points back ("That
account was quickly challenged") and evidence against the claim after "but" or "in reality" ("still held the town
centre", "had only reached its northern checkpoint"). The thirty-seventh round (151st-154th; 32 reports, 159 events),
scored at e21faaf: P 0.78, R 0.72, F1 0.749, 6 forbidden hits (news 0.76, reference 0.89, partisan 0.71, analysis
0.64): "defenders fled or surrendered" read as the defenders' gain, a table row whose own words were a car bomb,
"claim false" in a cell, "We refute what the terrorists' media published about", "will continue … until
liberating Saraqib", "I have found no corroboration", and "the whole city, including the airport" read as T4. After
its fixes it is at 0.77 with no forbidden hit. The thirty-eighth (155th-158th; 32 reports, 155 events), scored at
4cf1e4b: P 0.76, R 0.72, F1 0.739, 7 forbidden hits (news 0.82, reference 0.71, partisan 0.69, analysis 0.75): "The
liberation of Ain Issa … is the natural continuation of this campaign", "Girê Spî" unknown, a denial of reports
"according to which" the terrorists had taken a town, "This is the same lie they told about Idlib", "we judge an
assault on Tal Rifaat unlikely", and a recapture that "Moscow presented … as proof" given to the Islamic State. After
its fixes it is at 0.77 with no forbidden hit. The thirty-ninth (159th-162nd; 32 reports, 173 events), scored at
637626c after more general rules (evidence of who holds the place, in the claim's sentence or the next): P 0.75,
R 0.65, F1 0.698, 7 forbidden hits (news 0.62, reference 0.74, partisan 0.62, analysis 0.80): "a resident said no
troops had arrived" read with the negated troops as the holders, "no ground operation had begun", "reports … that
Nubl had fallen; these were false", a statement headed "… - urgent", ", which attacked the city of Hama" and "struck
Azaz and Marea after the town fell". After its fixes it is at 0.72 with no forbidden hit. The fortieth (163rd-166th;
32 reports, 165 events), scored at a208698: P 0.70, R 0.60, F1 0.647, 6 forbidden hits (news 0.67, reference 0.72,
partisan 0.61, analysis 0.57): "a cascade of surrenders", "bombed depots in Raqqa itself, some 50 km to the east" as
"the city", a deal that "lets … ISIS members … leave the city" given to ISIS, "Jasim followed on 15 September" given to
the side named last, "the claim is later dropped", "an assault … in the coming fortnight looks unlikely" and "a
precondition for any assault on Raqqa". After its fixes it is at 0.67 with no forbidden hit.

Session 14 began with general rules written before the next round was read, from 40 fresh phrasings of plans and
refutations (a bare verb coordinated with a planned one, talks on a surrender that broke down, an assault that "seems
imminent", a claim "not borne out" or "a forgery", "prematurely celebrated the fall of X"). The forty-first round
(167th-170th; 32 reports, 164 events), scored at 9ee7855: P 0.76, R 0.71, F1 0.73, 3 forbidden hits (news 0.83,
reference 0.76, partisan 0.74, analysis 0.65), all of them sides: "Jaysh al-Fath" unknown, "hundreds of soldiers
captured as they tried to reach Hama" read as the soldiers moving into a fallen base, and a deal only "discussed" read
as made. After its fixes it is at 0.87 with no forbidden hit. The forty-second (171st-174th; 32 reports, 175 events),
scored at 66a1a34: P 0.71, R 0.70, F1 0.71, 2 forbidden hits (news 0.86, reference 0.80, partisan 0.66, analysis
0.53): a Telegram channel whose numbered posts ("#1147 | 05.02.2020 …") were read as markdown headings, a long read
"A year on" whose November was read as the month of its publication, "completing the encirclement of Raqqa" given to
the side already inside, and state TV's claim answered by footage that "shows no army presence". After its fixes it
is at 0.86 with no forbidden hit. The forty-third (175th-178th; 32 reports, 184 events), scored at d654d8d: P 0.78,
R 0.69, F1 0.73, 3 forbidden hits (news 0.68, reference 0.82, partisan 0.79, analysis 0.65): a website that "withdrew
the story hours later", a podcast's next speaker who "said flatly that was false", and a deal that "would be extended
to Deir Qanun". After its fixes it is at 0.75 with no forbidden hit.

Sessions 15 and 16 added two more rounds. The forty-fourth (179th-182nd; 32 reports, 186 events), scored at e091811:
P 0.76, R 0.62, F1 0.69, 5 forbidden hits (news 0.79, reference 0.65, partisan 0.68, analysis 0.66): "dropped the
report", "still being fought over" as evidence against a claim, a denial in a relative clause (", which commanders
denied"), "the next stage is the liberation of", a glossary's participles and a named campaign ("the regime's
Qalamoun campaign") that later sentences call "the Qalamoun offensive". After its fixes it is at 0.81 with no forbidden
hit. The forty-fifth (183rd-186th; 32 reports, 169 events), scored at 1df7ead: P 0.84, R 0.72, F1 0.77, 3 forbidden
hits (news 0.76, reference 0.75, partisan 0.78, analysis 0.81): "pulls back from key Idlib junction" read as Idlib
city, reports "described … as \"fabrications\"", and "The battle for Raqqa itself took four months" read as an attack;
its misses were relative clauses past an appositive ("Salaheddine, a southwestern neighbourhood that rebels moved
into"), "where rebels took full control", "leaving the town entirely under opposition control", a chronology's
present ("Government troops attack Daraa al-Balad"), "The loss of X on 26 November" and a paragraph that opens "2016
was a siege.". After its fixes it is at 0.95 with no forbidden hit. The forty-sixth (187th-190th; 32 reports, 176
events), scored at 88b2657: P 0.78, R 0.71, F1 0.74, 8 forbidden hits (news 0.77, reference 0.78, partisan 0.65,
analysis 0.75): witnesses who "said that was not the case", "dismissed as \"a lie …\" a claim … that", a report that
was "\"a lie …\"" in quotes, "the liberation of X \"is only a matter of time\"", "once Khan Shaykhun had fallen" told in
passing, a brigade the actor list lacked ("fell to Liwa Ahrar al-Shamal") and "the town" read as one named only later.
After its fixes it is at 0.83 with no forbidden hit.

Session 17 added two more. The forty-seventh (191st-194th; 32 reports, 171 events), scored at bc31b9a: P 0.76, R 0.64,
F1 0.69, 4 forbidden hits (news 0.74, reference 0.78, partisan 0.56, analysis 0.65): an ultimatum's "or face an assault
on the town", residents who "said no soldiers had moved into the town", "a message … proves false", the Arabic ayn of
"Ma'an" read as the English "man", a list item's label ("- Nawa: … government forces entered four days later"), a bare
ordinal past the publication day ("the 27th", said on 13 December) and "the government's largest loss since 2015" read
as the change's year. After its fixes it is at 0.84 with no forbidden hit. The forty-eighth (195th-198th; 32 reports,
169 events) was pinned at 0994ea1, while round forty-seven was being fixed but before any of its reports was read:
P 0.79, R 0.64, F1 0.71, 4 forbidden hits (news 0.89, reference 0.56, partisan 0.62, analysis 0.74): "denied the
reports broadcast by the channels …, which alleged that", a ministry that "insisted" (a claim) answered by videos of
rebels "still in the town's centre", a passive whose side is its "when" clause's, a list's "Name — Captured 25 April"
entries, an atlas titled "The war in 2014" published in 2015, and a channel's "19.08 23:40 -" posts. After its fixes
it is at 0.81 with no forbidden hit.

Session 18 moved later rounds to tests/data/extract_heldout_2.yaml (the first file had grown to 3.7 MB) and added four.
Each was pinned (a git worktree at the commit named) before any of its reports was read: the forty-ninth (199th-202nd;
32 reports, 183 events) at 49ed890: P 0.76, R 0.65, F1 0.70, 4 forbidden hits (news 0.85, reference 0.78, partisan
0.62, analysis 0.54); the fiftieth (203rd-206th; 186 events) at 0ac7ae4: P 0.91, R 0.67, F1 0.77, 4 forbidden hits
(news 0.80, reference 0.67, partisan 0.75, analysis 0.86); the fifty-first (207th-210th; 176 events) at 9f03907: P 0.81,
R 0.69, F1 0.75, 6 forbidden hits (0.83, 0.65, 0.74, 0.78); the fifty-second (211th-214th; 184 events) at 0050df4:
P 0.77, R 0.59, F1 0.67, 3 forbidden hits (0.83, 0.64, 0.69, 0.56). The forbidden hits were refutations in new words
("; no fighting was recorded there", "we assess that claim to be false", "Our coders did not record this as an event",
"The lying media of the regime claims", "I don't see the factions handing over Ariha", "it is shelling only"), a
counterfactual ("Had Qamhana fallen"), "nothing left on the ground" read as a withdrawal, the Islam Army read as the
army, and sides led by their allies ("The YPG and allied Syrian rebel groups took …"). After their fixes the four stand
at 0.83, 0.84, 0.80 and 0.70 with no forbidden hit.

Session 19 added five more, each pinned the same way: the fifty-third (215th-218th; 162 events) at 217bb89: P 0.86,
R 0.77, F1 0.81, 3 forbidden hits (news 0.79, reference 0.91, partisan 0.74, analysis 0.79); the fifty-fourth
(219th-222nd; 184 events) at 0befe41: P 0.75, R 0.70, F1 0.72, 6 forbidden hits (0.84, 0.79, 0.69, 0.61); the
fifty-fifth (223rd-226th; 187 events) at bd7250d: P 0.835, R 0.79, F1 0.81, 2 forbidden hits (0.88, 0.81, 0.77,
0.77); the fifty-sixth (227th-230th; 184 events) at 118cac1: P 0.855, R 0.67, F1 0.754, 3 forbidden hits (0.83,
0.835, 0.61, 0.72). Three of the four passed 0.75 on first sight; none was free of forbidden hits. Those were plans
and refutations in new words ("clears the way for an assault on Raqqa", "That is hard to square with what we are
seeing", "villagers there report no fighting", "never materialised", "will continue until they reach Hama", "were, as
far as we can establish, unfounded", "we found no corroboration", "described as 'another information stuffing'
reports"), a saint read as a month ("the Mar Takla convent"), nuns "taken from the convent", a ceasefire that only
dates a state ("still in rebel hands when the Moscow ceasefire took effect"), an unknown militia (the Fatemiyoun), an
article's lede ("The siege of Harem was an engagement of …") and a garrison "held since the spring of 2012". After
their fixes the four stand at 0.87, 0.80, 0.825 and 0.77 with no forbidden hit. A fifth, the fifty-seventh
(231st-234th; 161 events) at 3d776e0, scored P 0.79, R 0.57, F1 0.66 with 5 forbidden hits (news 0.73, reference 0.71,
partisan 0.54, analysis 0.66): a report "since withdrawn", "the door remains open for the surrender", "no regime soldier
was left in", "Nor has any siege … begun", and places given to the side that recaptured their neighbour later; after
its fixes it stands at 0.70 with none. The guard then held all 1,871 reports (8,967 events) at F1 0.852.

Session 20 added three more and scored a fourth, each pinned the same way. The fifty-eighth (235th-238th; 187 events)
at 616c46f: P 0.79, R 0.67, F1 0.73, 3 forbidden hits (news 0.67, reference 0.75, partisan 0.79, analysis 0.70): a live
blog's "The Sukkari claim looks wrong" two entries after the claim, and "the town" of an entry headed "SHEIKH MISKIN
(…)" read as the garrison town next door. The fifty-ninth (239th-242nd; 178 events) at 5a5401c: P 0.76, R 0.65, F1
0.70, 5 forbidden hits (0.67, 0.77, 0.68, 0.66): 'said that was "not true, not yet"', Burkan al-Furat's allies given
the YPG's gains, "the report is not credible", "left Tafas and Muzayrib cut off from the eastern countryside" and a
podcast's "It wasn't true" in the next speaker's turn. The sixtieth (243rd-246th; 167 events) at c94df8d: P 0.84, R
0.65, F1 0.73, 7 forbidden hits (0.78, 0.79, 0.61, 0.73): "No other source confirmed that, and footage … showed
soldiers", "The army's last outpost at al-Najiyah, on the road to Bdama, was overrun", "this battle will not stop
until … the mujahideen reach the Ramouseh garages", "We clarify that no other armed group is present in Ashrafiyah",
"bombing isn't taking ground, and nobody has moved on Uqayribat", "It did say that, and it's just not true" and "no
ground force has attempted to enter it". After their fixes they stand at 0.77, 0.74 and 0.76 with no forbidden hit. The
sixty-first (247th-250th; 176 events) at 27b535f: P 0.75, R 0.59, F1 0.66, 2 forbidden hits (0.76, 0.82, 0.40, 0.625):
"There is no independent sign of an assault on the town yet" and "capture the village and hill of Sheikh Aqil" read as
the village told before.

Session 21 lifted the sixty-first to 0.81 and appended it, then scored two more. The sixty-second (251st-254th; 164
events) at 979f878: P 0.68, R 0.555, F1 0.61, 4 forbidden hits (news 0.625, reference 0.61, partisan 0.71, analysis
0.52): "Islamist brigades overran army checkpoints above the rebel-held town of Salma" (a latent bug: subjectlike()
read MODIFIER_AFTER with a start position its "^" never matched, so "army checkpoints" passed for a subject), pages'
claim that "its militias had regained Hamamiyat" against "… are in the hands of the mujahideen", "It was never true",
and "the town" read as a town aircraft had struck in passing. After its fixes it stands at 0.725 with none and is
appended. The sixty-third (255th-258th; 161 events) at 4e6a2cb: P 0.83, R 0.71, F1 0.76 (0.87, 0.765, 0.605, 0.82),
the first round past 0.75 since the fifty-sixth, but with 2 forbidden hits: residents "of nearby Tal Kalakh" taken to
narrow what "the army remained in control of the village" answered, and "the alternative was an assault on the town".
After its fixes it stood at 0.77 with none, too low to append (the whole would have fallen to 0.849, under the floor
below); session 22 lifted it to 0.84 (a channel export's "[10.10.19 11:02]" post stamps, an inverted headword article
"YARUBIYAH, AL-", a glossary's spaced dash, "Nusayri" read as a village) and appended it, then scored two more,
neither appendable yet (each would take the whole under 0.85). The sixty-fourth (259th-262nd; 168 events) at 1b92eee:
P 0.765, R 0.62, F1 0.68, 4 forbidden hits (news 0.69, reference 0.54, partisan 0.70, analysis 0.82): "Information …
that militants had 'regained' Busra al-Harir does not correspond to reality", "We have found nothing to support this",
"later footage show this did not happen" and "We found no evidence that ISIS re-entered Salba". After its fixes it
stands at 0.77 with none. The sixty-fifth (263rd-266th; 189 events) at 9c84698: P 0.75, R 0.545, F1 0.63, 2 forbidden
hits (0.60, 0.59, 0.785, 0.56): "no evidence supported the claim" and "the village" read as the city a bearing named
("in Harasta al-Basal, east of Douma"). After its fixes it stands at 0.685 with none.

Session 23 scored the sixty-sixth (267th-270th; 182 events) at 9c951f1: P 0.83, R 0.725, F1 0.774 (0.75, 0.78, 0.81,
0.76), past 0.75 but with 1 forbidden hit: "the town" of an article headed "Moadamiyet al-Sham" (a place the gazetteer
ranks a village) read as Khan al-Shih, named in a warning just before. Its fixes, and those for the sixty-fifth ("it" as
the town whose outskirts locate the place, a side named as a modifier taken for "they", "the ISIS-held city" as the side
besieging it, "Hosh" as a spelling of "Hawsh"), lifted the whole enough to append the sixty-fourth at 0.77, and then
the sixty-sixth at 0.83. The sixty-seventh (271st-274th; 181 events) at f383794: P 0.79, R 0.65, F1 0.71, 3 forbidden
hits (0.71, 0.695, 0.74, 0.70): "there was no sign the army had entered the town itself" with "seen 'no indication' the
claim was true", "… but … activists said troops had not entered the village", and buses "heading to Jarablus" read
as a party to the deal they ended. After its fixes it stands at 0.76 with none. The sixty-eighth (275th-278th; 191
events) at 08113db crashed on its reference batch: "in December and … on 3 January 2017" read a variable a month
never set (a latent bug since f2eded9, now fixed and guarded by a test of every pair of thirty-one date phrases).
With that one-line fix the pinned reader scores P 0.79, R 0.69, F1 0.74, 5 forbidden hits (0.73, 0.79, 0.58, 0.80):
an issuer named only by "… announces" under its title, "LIES, like everything they publish", "no such return was
confirmed", "no such thing had happened" in the sentence after the claim, and a writer's key that forbids "Rebels had
held the town itself since late 2012". After its fixes it stands at 0.78 with that last one. The sixty-ninth
(279th-282nd; 180 events) at 90b9cfe: P 0.79, R 0.78, F1 0.78 (0.82, 0.765, 0.835, 0.72), past 0.75 but with 5
forbidden hits: "a claim the coalition described as false", "The statements … claiming that … are pure propaganda",
"Activists inside the town denied this completely", the "Mujahideen Army" read as the (government) army, and a town
that "followed" given to the side of a summary's beaten-back counter-attack. After its fixes it stands at 0.81 with
none, not appendable yet (the whole would fall to 0.848). The seventieth (283rd-286th; 203 events) at d050e45: P 0.82,
R 0.655, F1 0.73, 4 forbidden hits (0.71, 0.83, 0.60, 0.69): "Available evidence does not support this", "but the
Observatory said the base was still held by the government", and two sides: "they … entered Kessab itself" read as
the army's, and an HTS statement's "which the gang entered on 9 May" as the rebels'. The first two were fixed in
session 23, the sides in session 24 (0.745 with none).

Session 24 scored the seventy-first (287th-290th; 189 events) at d95ec15: P 0.80, R 0.746, F1 0.773 (0.795, 0.83,
0.65, 0.79), past 0.75 but with 4 forbidden hits: "the town" after "Deraa province" read as Izra (the governorate
counted as mentions of the city, so the report had no town of its own), "the lying regime media, which claims that
…", "What the media of the regime has spread about … is a pure lie", and a channel's "KHAN SHAYKHUN IS LIBERATED"
given to the side whose counter-attack it had just called repelled. After its fixes (and "leaving the two villages
besieged", "ISIL drove the remaining … fighters from Tell Abyad", "the YPG and allied FSA groups advanced": the YPG
leads) it stands at 0.83 with none, and was appended. The seventy-second (291st-294th; 177 events) at b2fef9f: P
0.82, R 0.69, F1 0.751 (0.77, 0.72, 0.76, 0.756), past 0.75 but with 4 forbidden hits, all refutations not seen
before: ", but residents … said government troops remained there", "the village had never left the hands of the
army", "Geolocated footage does not back this up", and "ISIS accounts say they retook it …, but the photos they
posted are geolocated to a different village". After its fixes (and "fell on 6 August 2013 to a coalition of rebel
factions", "entered on Thursday, 5 December, the villages of …") it stands at 0.79 with none. The seventy-third
(295th-298th; 181 events) at 794bd29: P 0.886, R 0.812, F1 0.847 (0.81, 0.91, 0.825, 0.83) and no forbidden hit: the
first round to pass the bar (0.75 and none) on its first run. It was appended at that score. The seventy-fourth
(299th-302nd; 196 events) at 60ff546 fell back: P 0.77, R 0.68, F1 0.72 (0.70, 0.79, 0.77, 0.62), 4 forbidden hits
(SANA's "restored control" of Khan al-Assal, a withdrawal read from ", leaving …" beside the Tabqa airbase, "a claim
the outlet concerned retracted two days later", and Flita given to the wrong side in a list). Its fixes (the last
two in session 25: "leaving the airbase as the only government position", and a change with no side given to the
side advancing earlier in its own paragraph) bring it to 0.78 with none.

Session 25 scored four more rounds, each pinned before its reports were written, and all four passed 0.75 on their
first run. The seventy-fifth (303rd-306th; 182 events) at 8c631e2: P 0.874, R 0.687, F1 0.769 (news 0.69, reference
0.815, partisan 0.725, analysis 0.83) and no forbidden hit, the second round to pass the bar. The seventy-sixth
(307th-310th; 194 events) at eed03c3: P 0.857, R 0.742, F1 0.796 (0.85, 0.83, 0.79, 0.72), 1 forbidden hit: "the
coalition and the SDF both said that no government troops were inside the city". The seventy-seventh (311th-314th;
185 events) at 5c81fcc: P 0.855, R 0.735, F1 0.791 (0.86, 0.77, 0.77, 0.76), 1 forbidden hit: "Suluk, which remained
under SNA control through the fall of the Assad government" (a state's fall read as the town's). The seventy-eighth
(315th-318th; 187 events) at e6f90b2: P 0.872, R 0.765, F1 0.815 (0.79, 0.77, 0.825, 0.86), 3 forbidden hits: "are a
pure fake", "this was premature … no ground forces reached it", and "Troops first took it on May 8 …" read as the
town named next. After their fixes they stand at 0.79, 0.83, 0.82 and 0.83, none with a forbidden hit; the
seventy-eighth, the seventy-sixth and the seventy-seventh are appended (the seventy-fifth would take the whole under
its floor). The seventy-ninth (319th-322nd; 170 events) at cb496ca scraped P 0.797, R 0.718, F1 0.755 (0.76, 0.89,
0.76, 0.625) with 4 forbidden hits: "Syrian army enters Quneitra villages", ", a report that turned out to be false"
(both fixed), a town named in the lede given to the side that stormed its neighbour, and "continuing their attacks on
… the Deir Hafer countryside" (both open; 0.76 with 2).

The test below guards the result on all 2,287 reports (11,286 events): F1 at least 0.85 (measured 0.850: P 0.897, R
0.807), and since session 20 each file on its own as well, so that a gain on one cannot hide a loss on the other:
rounds one to forty-eight at least 0.86 (measured 0.870), the later rounds, appended near their after-fix scores, at
least 0.79 (measured 0.811). No forbidden hit at all. Each new round is appended at its after-fix score, below the
older rounds', so the whole drifts down unless the fixes lift the older rounds too.
"""

from __future__ import annotations

import argparse
import datetime as dt
import itertools
import json
from collections.abc import Iterator
from pathlib import Path

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import homsmap.cli as cli
from homsmap.actors import Actors, load_actors
from homsmap.cli_extract import add_extract_commands
from homsmap.events import events_from_yaml
from homsmap.extract import ExtractedEvent, Extraction, extract_events
from homsmap.extract_eval import EvalReport, compare_with_seeds, evaluate
from homsmap.extract_yaml import validate_text
from homsmap.gazetteer import Gazetteer

ROOT = Path(__file__).resolve().parent.parent
# Rounds one to forty-eight are in extract_heldout.yaml; later rounds go on in extract_heldout_2.yaml (one file
# grew to 3.7 MB). The guard reads them as one list.
HELDOUT_FILES = {name: yaml.safe_load((ROOT / "tests" / "data" / name).read_text(encoding="utf-8"))
                 for name in ("extract_heldout.yaml", "extract_heldout_2.yaml")}
HELDOUT = [item for items in HELDOUT_FILES.values() for item in items]
CONTRACT = {"date", "date_end", "precision", "place_text", "place_id", "lat", "lon", "action", "gains",
            "gains_bloc", "loses", "loses_bloc", "certainty", "sentence", "start", "end", "confidence"}


@pytest.fixture(scope="module")
def acts() -> Actors:
    return load_actors()


@pytest.fixture(scope="module")
def report(seeds_dir: Path, gaz: Gazetteer, acts: Actors) -> EvalReport:
    return evaluate(ROOT / "seeds", seeds_dir, gazetteer=gaz, actors=acts)


def ex(text: str, gaz: Gazetteer, acts: Actors, published: str | None = None) -> Extraction:
    return extract_events(text, published=dt.date.fromisoformat(published) if published else None,
                          gazetteer=gaz, actors=acts)


def changes(x: Extraction) -> list[tuple[str, str | None, str | None]]:
    """(date, place id, gaining bloc) of every proposed change of the map."""
    return [(str(e.date), e.place_id, e.gains_bloc) for e in x.events if e.changes_control]


# --- the five documents ------------------------------------------------------------------------------


@pytest.mark.shared
def test_five_documents_f1(report: EvalReport) -> None:
    assert report.f1 >= 0.9, report.table()
    assert report.precision >= 0.9 and report.recall >= 0.9, report.table()
    assert report.invented == 0, report.table()
    assert all(r.comparison.f1 >= 0.6 for r in report.rows), report.table()
    assert report.place_recall >= 0.9, report.table()


@pytest.mark.shared
def test_compare_lists_both_sides(seeds_dir: Path, gaz: Gazetteer, acts: Actors) -> None:
    campaign = events_from_yaml(ROOT / "seeds" / "2015-10-homs-offensive.yaml", gazetteer=gaz, actors=acts)
    text = (seeds_dir / campaign.document.file).read_text(encoding="utf-8")
    c = compare_with_seeds(extract_events(text, published=campaign.document.published, gazetteer=gaz, actors=acts),
                           campaign, gazetteer=gaz, actors=acts)
    assert {b.id for _a, b in c.matched} == {"ho15-002", "ho15-003"}
    assert [e.id for e in c.only_curated] == ["ho15-007"]  # "seeking to advance … in the Sahl al-Ghab"
    assert not c.only_extracted and not c.invented
    d = c.to_dict()
    assert d["tp"] == 2 and d["fn"] == 1 and d["matched"][0]["curated"]["id"]


@pytest.mark.shared
@pytest.mark.parametrize("name", ["000_8fc25ed7e6cbe000.txt", "001_98e4072bd07ceaa8.txt", "002_af93fc3a7446adc9.txt",
                                  "003_93f12bc60d18918d.txt", "004_6ec38039dfa8b611.txt"])
def test_yaml_validates_and_offsets_point_at_sentences(name: str, seeds_dir: Path, gaz: Gazetteer,
                                                       acts: Actors) -> None:
    published = {"002": "2015-10-15", "004": "2014-05-02"}.get(name[:3])
    text = (seeds_dir / name).read_text(encoding="utf-8")
    x = ex(text, gaz, acts, published)
    assert x.events
    for e in x.events:
        assert text[e.start:e.end] == e.sentence
        assert e.place_start is not None and e.place_end is not None and 0 <= e.place_start < e.place_end
        assert text.count("\n", 0, e.start) + 1 == e.line
        assert 0.0 <= e.confidence <= 1.0
    problems = validate_text(x.to_seeds_yaml(document_file=name, gazetteer=gaz), name=f"extract-{name[:3]}.yaml",
                             sources=seeds_dir, gazetteer=gaz)
    assert problems == []


@pytest.mark.shared
def test_yaml_validates_beside_the_curated_seeds(seeds_dir: Path, gaz: Gazetteer, acts: Actors,
                                                 tmp_path: Path) -> None:
    """Saved under seeds/ next to the curated files of the same documents: no clash of ids or of
    confirmed changes in the regional timeline."""
    import shutil

    from homsmap.timeline import validate_seeds

    folder = tmp_path / "seeds"
    shutil.copytree(ROOT / "seeds", folder)
    for doc in sorted(seeds_dir.glob("*.txt")):
        published = {"002": "2015-10-15", "004": "2014-05-02"}.get(doc.name[:3])
        x = ex(doc.read_text(encoding="utf-8"), gaz, acts, published)
        (folder / f"extract-{doc.stem}.yaml").write_text(x.to_seeds_yaml(document_file=doc.name, gazetteer=gaz),
                                                         encoding="utf-8")
    files = sorted(p for p in folder.glob("*.yaml") if p.name != "actors.yaml")
    report = validate_seeds(files, gazetteer=gaz, sources_dir=seeds_dir)
    assert report.ok, [str(p) for p in report.problems]


@pytest.mark.shared
def test_denials_plans_and_region_events_in_2018(seeds_dir: Path, gaz: Gazetteer, acts: Actors) -> None:
    x = ex((seeds_dir / "000_8fc25ed7e6cbe000.txt").read_text(encoding="utf-8"), gaz, acts)
    by = {(e.line, e.action, e.place_id): e for e in x.events}
    assert by[(138, "agreement", "hm:northern-homs-countryside")].certainty == "denied"  # "denied that an agreement"
    assert by[(143, "agreement", "wof:1226120725")].certainty == "denied"              # Taldou "rejected the agreement"
    salim = by[(134, "captured", "wof:1310589381")]                                   # "the recently captured village"
    assert (salim.date, salim.date_end, salim.precision) == (dt.date(2018, 4, 15), dt.date(2018, 4, 16), "range")
    rastan = by[(145, "evacuated", "wof:421178433")]                                  # evacuation "began" on 7 May
    assert (rastan.date, rastan.date_end) == (dt.date(2018, 5, 7), dt.date(2018, 5, 16))
    assert rastan.gains_bloc == "government" and any("inferred" in n for n in rastan.notes)


@pytest.mark.shared
def test_agreement_then_handover_in_qalamoun(seeds_dir: Path, gaz: Gazetteer, acts: Actors) -> None:
    x = ex((seeds_dir / "003_93f12bc60d18918d.txt").read_text(encoding="utf-8"), gaz, acts)
    deal = {e.place_id for e in x.events if e.action == "agreement" and e.date == dt.date(2018, 4, 19)}
    assert {"hm:eastern-qalamoun", "wof:1309991387", "wof:1125967165", "wof:1360170397"} <= deal
    handed = [e for e in x.events if e.action == "handed_over"]
    assert handed and all(e.effective_date == dt.date(2018, 4, 25) and e.review for e in handed)
    assert not any(e.changes_control for e in x.events if e.date and e.date.year < 2018)  # nothing from 2016


# --- constructions, one by one -----------------------------------------------------------------------


def test_explicit_dates_and_lists(gaz: Gazetteer, acts: Actors) -> None:
    x = ex("On 6 December 2024, opposition forces captured Al-Rastan, Talbiseh and Al-Dar al-Kabirah.", gaz, acts)
    assert changes(x) == [("2024-12-06", "wof:421178433", "opposition"), ("2024-12-06", "wof:421178429", "opposition"),
                          ("2024-12-06", "wof:1310579387", "opposition")]
    assert all(e.precision == "day" and e.certainty == "confirmed" and e.action == "captured" for e in x.events)


def test_tables_glossaries_and_verbs_left_out(gaz: Gazetteer, acts: Actors) -> None:
    table = ("Towns captured in Operation Peace Spring\n\nThe towns below were taken from the SDF by the Turkish-backed "
             "Syrian National Army.\n\n| Town | Date | Notes |\n|---|---|---|\n| Tell Abyad | 13 October 2019 | Entered "
             "from the west. |\n| Suluk | 14 October 2019 | Quiet. |\n")
    assert changes(ex(table, gaz, acts)) == [("2019-10-13", "wof:1310429531", "opposition"),
                                             ("2019-10-14", "wof:1343762621", "opposition")]
    glossary = ("Glossary\n\nHajin — The largest town of the enclave. Captured by the SDF on 14 December 2018.\n\n"
                "Al-Susah — A small town on the river road, taken by the SDF on 17 January 2019.\n")
    assert changes(ex(glossary, gaz, acts)) == [("2018-12-14", "wof:890449895", "sdf"),
                                                ("2019-01-17", "wof:1209812425", "sdf")]
    gapped = ex("Turkish-backed factions pushed on. Rajo fell on 3 March 2018, and Jandairis, the district's second "
                "town, on 8 March.", gaz, acts)
    assert [(c[0], c[2]) for c in changes(gapped)] == [("2018-03-03", "opposition"), ("2018-03-08", "opposition")]


def test_sides_after_the_fall_hijri_days_and_lists_of_changes(gaz: Gazetteer, acts: Actors) -> None:
    coast = ex("JABLEH — The first shots came on Thursday 6 March. Gunmen loyal to the fallen Assad government "
               "overran posts in the countryside. By nightfall they held Beit Ana outright. In Qardaha, the family's hometown, "
               "insurgents took over the checkpoints and the municipal building that evening. Defence Ministry troops "
               "retook Qardaha on Saturday.", gaz, acts, "2025-03-16")
    assert changes(coast) == [("2025-03-06", "wof:1226345375", "other"), ("2025-03-06", "wof:1310308215", "other"),
                              ("2025-03-08", "wof:1310308215", "government")]  # (Saturday of that week, not the 15th)
    assert {e.gains for e in coast.events if e.gains_bloc == "other"} == {"assad-loyalists"}
    claim = ex("The Islamic State - Wilayat al-Raqqa\n\nThe soldiers of the Khilafah on Sunday, 28 Shawwal 1435, completed "
               "the conquest of al-Tabqa military airport, the last fortress of the Nusayri army.", gaz, acts, "2014-08-25")
    assert changes(claim) == [("2014-08-24", "hm:tabqa-airbase", "isis")]
    listed = ex("List of localities in Eastern Ghouta retaken in 2018\n\nThe towns below returned to government control "
                "in the order given.\n\n- Misraba – 10 March. Units advancing from the east met troops from Harasta.\n"
                "- Beit Sawa – 11 March. Entered after the front line to the south collapsed.\n", gaz, acts)
    assert changes(listed) == [("2018-03-10", "wof:1293769411", "government"), ("2018-03-11", "hm:beit-sawa", "government")]
    shouted = ex("[06.02.2020 09:15]\nSARAQIB IS OURS! Army units stormed the town at dawn.", gaz, acts, "2020-03-02")
    assert changes(shouted) == [("2020-02-06", "wof:890449833", "government")]


def test_ranges_night_and_time_of_day(gaz: Gazetteer, acts: Actors) -> None:
    x = ex("The city of Homs was captured by rebels on the night of 7/8 December 2024. "
           "Between 15 and 20 April 2018, the army besieged Talbiseh. "
           "By the early morning of 8 December 2024, rebels had entered Al-Qusayr.", gaz, acts)
    homs, talbiseh, qusayr = x.events
    assert (homs.date, homs.date_end, homs.precision, homs.time) == (
        dt.date(2024, 12, 7), dt.date(2024, 12, 8), "range", "night of 7/8 December 2024")
    assert (talbiseh.action, talbiseh.date, talbiseh.date_end, talbiseh.status) == (
        "besieged", dt.date(2018, 4, 15), dt.date(2018, 4, 20), "besieged")
    assert (qusayr.date, qusayr.time) == (dt.date(2024, 12, 8), "early morning")


def test_relative_dates_and_inherited_ones(gaz: Gazetteer, acts: Actors) -> None:
    x = ex("On 15 April 2018, the army captured Salim. On the following day, it entered Hamrat. "
           "On the evening of the same day, rebels captured Qubbat al-Kurdi. The army also seized Al-Rastan. "
           "Two days later, government forces took control of Talbiseh.", gaz, acts)
    got = {e.place_text: e for e in x.events}
    assert got["Hamrat"].date == dt.date(2018, 4, 16) and got["Hamrat"].gains_bloc == "government"
    assert (got["Qubbat al-Kurdi"].date, got["Qubbat al-Kurdi"].time) == (dt.date(2018, 4, 16), "evening")
    inherited = got["Al-Rastan"]
    assert inherited.precision == "approximate" and inherited.confidence < got["Salim"].confidence
    assert got["Talbiseh"].date == dt.date(2018, 4, 18)


def test_weekdays_and_today_need_the_publication_date(gaz: Gazetteer, acts: Actors) -> None:
    text = "Rebels captured Saraqib on Saturday. Today government forces entered Talbiseh."
    x = ex(text, gaz, acts, "2020-02-09")
    assert [(str(e.date), e.place_id) for e in x.events] == [("2020-02-08", "wof:890449833"),
                                                              ("2020-02-09", "wof:421178429")]
    undated = ex(text, gaz, acts)
    assert all(e.date is None and e.review for e in undated.events)
    assert any("--published" in n for n in undated.events[0].notes)


def test_passive_nominal_and_came_under(gaz: Gazetteer, acts: Actors) -> None:
    x = ex("On 5 December 2024 the city of Talbiseh fell from government control. Following the capture of Hama "
           "on 5 December 2024, Al-Rastan was seized by rebels. On 25 April 2018 the eastern Qalamoun Mountains "
           "came under full government control.", gaz, acts)
    assert changes(x) == [("2024-12-05", "wof:421178429", "opposition"), ("2024-12-05", "wof:421202161", "opposition"),
                          ("2024-12-05", "wof:421178433", "opposition"),
                          ("2018-04-25", "hm:eastern-qalamoun", "government")]
    fell = x.events[0]
    assert fell.loses_bloc == "government"


def test_passive_losers_recipients_flags_and_relative_objects(gaz: Gazetteer, acts: Actors) -> None:
    x = ex("On 22 March 2018 rebels were driven out of Harasta. On 1 July 2018 Nahta and Busra al-Harir were handed "
           "over to the army. On 12 April 2018 the Syrian flag was raised over Douma. On 30 August 2016 rebels "
           "captured Halfaya and approached Taybat al-Imam, which they overran later in the day. "
           "By Sunday the army controlled Basimah. Rebels controlled Saraqib.", gaz, acts, "2017-01-30")
    assert changes(x) == [("2018-03-22", "wof:1125968475", "government"),
                          ("2018-07-01", "wof:1242799819", "government"),
                          ("2018-07-01", "wof:1193129627", "government"),
                          ("2018-04-12", "wof:890442375", "government"),
                          ("2016-08-30", "wof:1125969035", "opposition"),
                          ("2016-08-30", "wof:890442371", "opposition"),
                          ("2017-01-29", "wof:1326650147", "government")]  # a state alone is no change


def test_nominal_deeds_recoveries_and_dates_of_other_clauses(gaz: Gazetteer, acts: Actors) -> None:
    x = ex("The Syrian Democratic Forces (SDF) completed the seizure of Raqqa city on 17 October 2017. "
           "On 1 November 2015 ISIS fighters overran Mahin. The regime recovered Mahin three weeks later, on "
           "23 November. Syrian troops took back the Crusader castle of Krak des Chevaliers and the village of "
           "Qalaat al-Hosn on 20 March 2014.", gaz, acts)
    got = changes(x)
    assert ("2017-10-17", "wof:421172833", "sdf") in got and ("2015-11-23", "wof:1343250055", "government") in got
    assert ("2014-03-20", "wof:890442373", "government") in got and ("2014-03-20", "wof:421193459", "government") in got
    x = ex("The fall of Jisr al-Shughur on 25 April 2015 was a setback for the government. Fighters of the Army of "
           "Conquest stormed Ariha, and soldiers were besieged in Idlib until they broke out on 22 May. The siege of "
           "Daraya ended on 26 August 2016, when the rebels agreed to be evacuated.", gaz, acts)
    got = changes(x)
    assert ("2015-04-25", "wof:890449849", "opposition") in got
    ariha = next(e for e in x.events if e.place_id == "wof:1293760771")
    assert ariha.gains_bloc == "opposition" and ariha.date == dt.date(2015, 4, 25)  # not the later clause's 22 May
    assert ("2016-08-26", "wof:890449861", "government") in got
    assert not [e for e in x.events if e.place_id == "wof:890449861" and e.action == "besieged"]


def test_town_and_city_references_and_sides_in_a_place(gaz: Gazetteer, acts: Actors) -> None:
    x = ex("The SDF seized al-Shaddadi on 19 February 2016, cutting the route between Raqqa and Mosul. ISIS shelled "
           "the town on 20 February 2016.", gaz, acts)
    shelled = next(e for e in x.events if e.action == "shelling")
    assert shelled.place_id == "wof:1259983725"  # the town, not the city named in passing
    x = ex("On 12 August 2016 the SDF took Manbij. The SDF had encircled the city in June.", gaz, acts)
    assert ("2016-06-01", "wof:1141906291", "sdf") in changes(x)  # "the city": Manbij, a town in the gazetteer
    x = ex("Rebels in Al-Tall, a town north of Damascus, began leaving on 2 December 2016 under a deal with the "
           "government.", gaz, acts)
    assert changes(x) == [("2016-12-02", "wof:890449885", "government")]


def test_withdrawal_gains_the_advancing_side_marked_inferred(gaz: Gazetteer, acts: Actors) -> None:
    x = ex("On 6 December 2024, opposition forces captured Talbiseh. Meanwhile, pro-government forces withdrew "
           "from several towns north of the city, including Teir Maalah and Deir Ful.", gaz, acts)
    withdrawn = [e for e in x.events if e.action == "withdrew"]
    assert [e.place_id for e in withdrawn] == ["wof:1242756089", "wof:1310183323"]  # not "the city"
    assert all(e.gains_bloc == "opposition" and e.loses_bloc == "government" for e in withdrawn)
    assert all(e.review and any("inferred" in n for n in e.notes) for e in withdrawn)
    assert all(e.date == dt.date(2024, 12, 6) for e in withdrawn)  # "Meanwhile": the same day


def test_denials_and_claims(gaz: Gazetteer, acts: Actors) -> None:
    x = ex("On 6 December 2024, pro-government forces reportedly withdrew from Homs. The Defense Ministry denied "
           "these reports. State media claimed the army had taken control of Nasib, but rebels denied the report. "
           "The rebels declared that they had captured Talbiseh. Rebels denied that they had lost Al-Rastan.",
           gaz, acts)
    cert = {e.place_text: e.certainty for e in x.events}
    assert cert == {"Homs": "denied", "Nasib": "denied", "Talbiseh": "claimed", "Al-Rastan": "denied"}
    assert [e.place_text for e in x.events if e.changes_control] == ["Talbiseh"]


def test_refuted_lies_contradictions_and_positions_in_a_town(gaz: Gazetteer, acts: Actors) -> None:
    x = ex("The General Command refutes the lies spread by terrorist outlets about the recovery of Kafr Dulbeh. "
           "A source denied reports circulated by Gulf channels which claimed that the terrorists had regained "
           "Sheikh Saeed. On 26 April Amaq claimed that the group had overrun army positions in al-Tadamon. "
           "Residents we interviewed contradict this. On 7 December 2024 opposition fighters took over positions "
           "in the town of al-Qardaha.", gaz, acts, published="2024-12-10")
    cert = {e.place_text: e.certainty for e in x.events}
    assert cert == {"Kafr Dulbeh": "denied", "Sheikh Saeed": "denied", "al-Tadamon": "denied", "al-Qardaha": "confirmed"}
    [qardaha] = [e for e in x.events if e.changes_control]
    assert (qardaha.date, qardaha.gains_bloc) == (dt.date(2024, 12, 7), "opposition")


def test_live_blog_day_headings_date_their_posts(gaz: Gazetteer, acts: Actors) -> None:
    x = ex("Syria live\n\n05:20 HTS says it has taken full control of Homs.\n\nSaturday 7 December\n\n"
           "23:55 The opposition says it has captured Rastan on the M5 highway.\n\n"
           "On Thursday afternoon, the outlaw groups seized the village of Beit Ana. On Thursday evening they also "
           "took over positions in the town of al-Qardaha.", gaz, acts, published="2024-12-08")
    days = {e.place_text: (e.date, e.gains_bloc) for e in x.events}
    assert days["Homs"] == (dt.date(2024, 12, 8), "opposition")
    assert days["Rastan"][0] == dt.date(2024, 12, 7)
    assert days["al-Qardaha"][1] == days["Beit Ana"][1]  # "they": the subject of the sentence before


def test_allegiance_sworn_and_parts_of_a_month(gaz: Gazetteer, acts: Actors) -> None:
    x = ex("The Islamic State's campaign is misread. In the last days of June 2014, the rebel brigades holding Abu "
           "Kamal swore allegiance to the group. Mayadin followed on 3 July 2014. In the first week of August 2014 "
           "rebels captured Kasra.", gaz, acts)
    spans = {e.place_text: (str(e.date), str(e.date_end), e.gains_bloc) for e in x.events if e.changes_control}
    assert spans["Abu Kamal"] == ("2014-06-21", "2014-06-30", "isis")  # the side sworn to, not the side swearing
    assert spans["Mayadin"] == ("2014-07-03", "None", "isis")
    assert spans["Kasra"][:2] == ("2014-08-01", "2014-08-07")


def test_a_later_day_corrects_the_first_account(gaz: Gazetteer, acts: Actors) -> None:
    x = ex("Early accounts said Homs fell on 6 December 2024. Footage now shows opposition units reaching the "
           "centre of Homs only on 8 December.", gaz, acts)
    assert changes(x) == [("2024-12-08", "wof:421168647", "opposition")]
    x = ex("Rebels reportedly entered Saraqib on 6 February 2020. Only on 8 February did they secure all of Saraqib.",
           gaz, acts)
    assert [c[0] for c in changes(x)] == ["2020-02-06", "2020-02-08"]  # (a second step, not a correction)


def test_steps_towards_coming_weeks_and_clauses_after_before(gaz: Gazetteer, acts: Actors) -> None:
    x = ex("The SDF took Tabqa on 10 May 2017, a key step towards an assault on Raqqa. Rebel commanders expect the "
           "army, backed by Hezbollah, to attempt an assault on Yabroud in the coming weeks. In October 2013, rebels "
           "seized Sadad on Oct. 21 before government forces drove them out on Oct. 28.", gaz, acts)
    assert changes(x) == [("2017-05-10", "wof:890449887", "sdf"), ("2013-10-21", "wof:1327112815", "opposition"),
                          ("2013-10-28", "wof:1327112815", "government")]
    assert {e.place_text: e.certainty for e in x.events if e.action == "attacked"} == {"Raqqa": "planned",
                                                                                       "Yabroud": "planned"}


def test_an_offensive_s_own_capture_and_a_week_after(gaz: Gazetteer, acts: Actors) -> None:
    x = ex("Rebels, including the Nusra Front, had overrun Deir Attiyeh on Nov. 20, 2013. The government offensive in "
           "Qalamoun began in earnest with the capture of the town of Qara on Nov. 19. Troops recaptured Nabek on "
           "Thursday 28 November 2013, a week after rebels stormed it.", gaz, acts)
    sides = {(e.place_text, e.gains_bloc): (str(e.date), str(e.date_end)) for e in x.events if e.changes_control}
    assert sides[("Qara", "government")] == ("2013-11-19", "None")
    assert sides[("it", "opposition")] == ("2013-11-20", "2013-11-22")  # a week, give or take a day


def test_claims_not_borne_out_and_clauses_out_of_a_claim_s_reach(gaz: Gazetteer, acts: Actors) -> None:
    x = ex("Khan Shaykhun fell to HTS on 2 December 2024. State media's announcement on Wednesday 4 December that the "
           "army had recaptured Khan Shaykhun was not borne out: footage showed rebels still in its centre. On Thursday "
           "5 December, after the army announced it was redeploying outside the city, rebels entered Hama. State "
           "television's insistence that the army had restored security in Kessab by Sunday 23 March 2014 is "
           "contradicted by footage from inside the town. We deny the claims of the Assad gang's media that their "
           "army restored security to Khan Tuman on 6 May 2016.", gaz, acts)
    cert = {(e.place_text, e.gains_bloc): e.certainty for e in x.events if e.action != "entered" or e.place_text == "Hama"}
    assert cert[("Khan Shaykhun", "opposition")] == "confirmed"
    assert cert[("Khan Shaykhun", "government")] == "denied"
    assert cert[("Hama", "opposition")] == "confirmed"  # (the claim's clause ends at its comma)
    assert cert[("Kessab", "government")] == cert[("Khan Tuman", "government")] == "denied"


def test_sides_against_a_kurdish_led_force_and_a_retold_battle(gaz: Gazetteer, acts: Actors) -> None:
    x = ex("Turkish-backed Syrian National Army factions moved against the Kurdish-led SDF, taking Tal Rifaat on "
           "1 December 2024. The SDF withdrew from Ras al-Ain on 20 October 2019 under a U.S.-brokered truce.", gaz, acts)
    assert changes(x)[0] == ("2024-12-01", "wof:890449827", "opposition")
    assert "ceasefire" not in {e.action for e in x.events}  # (the truce is how they left, not a truce of its own)
    x = ex("1/ The mujahideen announce the liberation of Khan Tuman at dawn today, Friday.\n\n2/ The battle began on "
           "Thursday morning against the regime's lines at al-Qarassi. Our brothers then stormed and liberated "
           "al-Qarassi, and by the afternoon the village of Zeitan as well.", gaz, acts, published="2016-05-06")
    days = {e.place_text: str(e.date) for e in x.events if e.changes_control}
    assert days["al-Qarassi"] == days["Zeitan"] == "2016-05-05"


def test_a_survey_s_year_month_headings_and_bases_near_a_town(gaz: Gazetteer, acts: Actors) -> None:
    x = ex("SYRIA\n\nArmed conflict survey: 1 January – 31 December 2020\n\nMaarat al-Numan, the largest town on the "
           "M5 south of Saraqib and in rebel hands since 2012, was entered by the army on 28 January. Saraqib was taken "
           "on 8 February.", gaz, acts, published="2021-04-15")
    assert [c[:2] for c in changes(x)] == [("2020-01-28", "wof:1226623337"), ("2020-02-08", "wof:890449833")]
    x = ex("Southern Syria, 2015: chronology\n\nMARCH\n25 — Busra al-Sham falls to Southern Front factions.\n\n"
           "JUNE\n9 — The Brigade 52 base near al-Hirak, one of the largest army bases in the south, is overrun in a "
           "single day.", gaz, acts)
    assert changes(x) == [("2015-03-25", "wof:890449867", "opposition"), ("2015-06-09", "hm:brigade-52-hirak", "opposition")]


def test_gazetteer_entry_habits_and_a_chronology_s_historic_present(gaz: Gazetteer, acts: Actors) -> None:
    x = ex("Recent history. In early 2013 rebel groups advanced along the Euphrates: al-Thawrah (Tabqa), the town built "
           "for the workers of the Tabqa Dam, was taken on 11 Feb. 2013. During 2013 the Islamic State of Iraq and "
           "al-Sham (ISIS) built up its strength in Raqqa; after heavy fighting with other factions it drove them out "
           "on 13–14 Jan. 2014 and made Raqqa its de facto capital.", gaz, acts)
    assert [c[1:] for c in changes(x)] == [("wof:890449887", "opposition"), ("wof:421172833", "isis")]
    x = ex("Siege of Kobanî — chronology\n\nThis chronology covers the Islamic State's assault on the town.\n\n"
           "- 16 September 2014 – Qara Qozak and its bridge over the Euphrates fall on the first day.", gaz, acts)
    assert [(str(e.date), e.place_id) for e in x.events] == [("2014-09-16", "wof:1309696799")]


def test_suwayda_s_druze_factions_in_2025_and_attempts_by_a_side(gaz: Gazetteer, acts: Actors) -> None:
    x = ex("The Ministry of Defence said on Tuesday that its units had entered the city of Suwayda to end the fighting "
           "between \"outlaw groups\" and Bedouin clans, a day after its forces took control of al-Mazraa. Druze "
           "fighters of the Men of Dignity said on Tuesday that they had repelled an attempt by government forces to "
           "storm Tha'la. On Thursday local Druze factions said they had taken over Walgha. The factions also claimed "
           "to have driven government forces out of al-Mazraa, but the Interior Ministry called the claim false.",
           gaz, acts, published="2025-07-17")
    sides = {(e.place_text, e.action): (e.gains, e.certainty) for e in x.events}
    mazraa = [(e.gains, e.certainty) for e in x.events if e.place_text == "al-Mazraa"]
    assert mazraa == [("government", "reported"), ("druze-factions", "denied")]  # "its forces": the ministry's
    assert sides[("Tha'la", "attacked")][0] == "government"
    assert sides[("Walgha", "took_over")][0] == "druze-factions"
    assert {e.gains_bloc for e in x.events if e.gains == "druze-factions"} == {"other"}
    x = ex("In 2016 the Men of Dignity took over Walgha.", gaz, acts)
    assert [e.gains_bloc for e in x.events] == ["opposition"]  # (before the fall, with the opposition)


def test_a_second_statement_changes_the_speaker(gaz: Gazetteer, acts: Actors) -> None:
    x = ex("Statement of the spokesman of the Syrian National Army:\n\n\"Our heroes liberated the town of Jinderes on "
           "Thursday from the terrorists of the PKK.\" The statement said the factions had earlier taken the town of "
           "Rajo last Saturday.\n\nStatement of the General Command of the People's Protection Units (YPG):\n\n"
           "\"The occupation army and its mercenaries entered Jinderes after our forces withdrew from the town. We deny "
           "the claims of the Turkish media that they entered Maabatli.\"", gaz, acts, published="2018-03-09")
    assert {(c[1], c[2]) for c in changes(x)} == {("wof:1209604917", "opposition"), ("wof:1260267483", "opposition")}
    [maabatli] = [e for e in x.events if e.place_id == "wof:1242667301"]
    assert (maabatli.gains, maabatli.certainty) == ("turkey", "denied")  # "they": the Turkish media's side


def test_completed_control_broken_into_and_absolute_clauses(gaz: Gazetteer, acts: Actors) -> None:
    x = ex("On 20 May 2015 the mujahideen of the Islamic State had broken into the city of Tadmur. On 21 May 2015 the "
           "soldiers of the Khilafah completed their control over the entire city of Tadmur. With the US-backed SDF "
           "having broken into Raqqa city on 6 June 2017, the question of who inherits the Euphrates will be settled "
           "soon.", gaz, acts)
    assert changes(x) == [("2015-05-20", "wof:421197935", "isis"), ("2015-05-21", "wof:421197935", "isis"),
                          ("2017-06-06", "wof:421172833", "sdf")]
    x = ex("The lions of the Khilafah liberated the town of al-Sukhnah on 13 May 2015, and then the area of Arak and its "
           "gas field on 18 May.", gaz, acts)
    assert changes(x) == [("2015-05-13", "wof:1260068243", "isis"), ("2015-05-18", "wof:1209192447", "isis")]


def test_an_assault_beaten_back_by_the_defenders(gaz: Gazetteer, acts: Actors) -> None:
    x = ex("Rebels of Hayat Tahrir al-Sham launched an offensive in northern Hama on 21 March 2017. An assault on the "
           "Alawite village of Qamhana on 23 March, however, was beaten back by the National Defence Forces.", gaz, acts)
    [qamhana] = [e for e in x.events if e.place_id == "wof:1226431445"]
    assert (qamhana.action, qamhana.gains_bloc, qamhana.loses_bloc) == ("attacked", "opposition", "government")
    x = ex("Troops took Qusayr on 5 June 2013. On Tuesday 4 June, rebel reinforcements who had come from Homs tried to "
           "punch through army lines at the village of Haidariyeh, but were beaten back.", gaz, acts)
    assert [(e.place_id, e.action, e.gains_bloc) for e in x.events if e.action == "attacked"] == [
        ("wof:1243542785", "attacked", "opposition")]


def test_restored_full_control_over_and_remnants_holed_up(gaz: Gazetteer, acts: Actors) -> None:
    x = ex("The spokesman of the Ministry of Defence said on Saturday that units of the Syrian army \"restored full "
           "control\" on Friday over the villages of Beit Ana and al-Daliyah.", gaz, acts, published="2025-03-08")
    assert changes(x) == [("2025-03-07", "wof:1226345375", "government"), ("2025-03-07", "wof:1343270469", "government")]
    x = ex("On 20 February 2016 our fighters encircled the remnants of the gangs holed up in al-Fadghami, south of "
           "al-Shaddadi.", gaz, acts)
    assert [(c[1], e.action) for c, e in zip(changes(x), x.events, strict=True)] == [("wof:1327039567", "besieged")]


def test_an_sdf_operations_room_and_the_day_told_between_two_deeds(gaz: Gazetteer, acts: Actors) -> None:
    x = ex("Wrath of the Euphrates Operations Room: Tabqa city and dam fully liberated\n\nOn 24 March our fighters freed "
           "the village of Jabar beside the old castle, and on 26 March, after heavy clashes, they liberated the Tabqa "
           "military airport.", gaz, acts, published="2017-05-11")
    assert [(c[0], c[2]) for c in changes(x)] == [("2017-03-24", "sdf"), ("2017-03-26", "sdf")]


def test_statements_quoted_under_their_issuer_and_day(gaz: Gazetteer, acts: Actors) -> None:
    x = ex("Latakia coast: statements from the Ministry of Defence and the \"Military Council\"\n\n"
           "Latakia Public Security Directorate, Thursday 6 March: \"Remnants attacked our checkpoints this afternoon. "
           "Our forces pulled back from Beit Ana, which the outlaws then overran.\"\n\n"
           "So-called \"Military Council for the Liberation of Syria\", Thursday night: \"We also announce the "
           "liberation of Baniyas.\"\n\n"
           "Ministry of Defence spokesman, Friday 7 March: \"Our forces stormed Beit Ana and took full control of it. "
           "The claims about Baniyas are lies.\"", gaz, acts, published="2025-03-08")
    told = {(str(e.date), e.place_text, e.gains_bloc, e.certainty) for e in x.events if e.changes_control}
    assert ("2025-03-06", "Beit Ana", "other", "confirmed") in told  # (this afternoon: the statement's Thursday)
    assert ("2025-03-07", "Beit Ana", "government", "confirmed") in told  # (not taken back by the lies about Baniyas)
    assert [(e.gains_bloc, e.certainty) for e in x.events if e.place_text == "Baniyas"] == [("other", "denied")]


def test_assessments_of_claims_and_the_last_districts_of_a_city(gaz: Gazetteer, acts: Actors) -> None:
    x = ex("IS-affiliated channels claimed on 23 May 2015 that the group had taken al-Basiri. Photographs published at "
           "the junction on 24 May show this claim to be false. Pro-regime outlets claimed on March 1, 2020 that the "
           "army had entered al-Bara. ISW assesses this claim as false. Jaish al-Islam said on 11 March 2018 that its "
           "fighters had recaptured Mudaira. The Observatory said there was no sign of that.", gaz, acts)
    assert {e.place_text: e.certainty for e in x.events} == {"al-Basiri": "denied", "al-Bara": "denied", "Mudaira": "denied"}
    x = ex("The last ISIS-held districts of Deir ez-Zor were cleared on 3 November 2017, when the army declared the "
           "whole city under its control. On 6 March 2025 loyalist fighters seized Jableh, surrounded the General "
           "Security headquarters there and overrun the checkpoints in Dalyeh. Qardaha was re-entered by government "
           "forces on 8 March 2025.",
           gaz, acts)
    assert changes(x) == [("2017-11-03", "wof:421202167", "government"), ("2025-03-06", "wof:1125967423", "other"),
                          ("2025-03-06", "wof:1343270469", "other"), ("2025-03-08", "wof:1310308215", "government")]
    assert x.events[0].certainty == "confirmed"


def test_partisan_idioms_of_attacks_withdrawals_and_dismissals(gaz: Gazetteer, acts: Actors) -> None:
    x = ex("[Tue 20 Aug, 16:05] Our fighters broke an attack by the Assad militias on al-Tamanah from the east. On 2 "
           "October 2014 YPG fighters carried out a planned withdrawal from the villages of Shuyukh Fawqani and Zor "
           "Maghar. On Tuesday 7 October 2014 the gangs of ISIS launched their biggest assault so far on Kobani. The "
           "source dismissed as \"lies and fantasies\" reports that the terrorists had recaptured Uqayribat.",
           gaz, acts, published="2019-08-21")
    told = [(e.place_text, e.action, e.gains_bloc, e.certainty) for e in x.events]
    assert ("al-Tamanah", "attacked", "government", "confirmed") in told  # (the Assad militias' attack)
    assert [t[3] for t in told if t[1] == "withdrew"] == ["confirmed", "confirmed"]
    assert ("Kobani", "attacked", "isis", "confirmed") in told
    assert [t[3] for t in told if t[0] == "Uqayribat"] == ["denied"]


def test_a_statement_s_bare_units_and_the_day_before_that(gaz: Gazetteer, acts: Actors) -> None:
    x = ex("Damascus, (SANA) - The General Command of the Army announced the liberation of al-Qusayr. On Monday 3 June "
           "2013, units took full control of al-Dabaa airbase north of the city, cutting the last route the gunmen used "
           "for supplies, and the day before that they cleared the village of Arjoun. By Wednesday afternoon units had "
           "encircled the terrorists who fled towards Buwaydah al-Sharqiyah.", gaz, acts, published="2013-06-06")
    assert [(c[0], c[1], c[2]) for c in changes(x)][1:] == [
        ("2013-06-03", "hm:al-dabaa-airbase", "government"), ("2013-06-02", "wof:1292988817", "government"),
        ("2013-06-05", "wof:1209997735", "government")]


def test_claims_answered_in_their_own_sentence_and_relatives_after_a_locative(gaz: Gazetteer, acts: Actors) -> None:
    x = ex("Opposition outlets reported on Saturday 8 June 2013 that Farouq units had recovered Arjoun; activists said no "
           "such operation took place. Opposition sources asserted on 24 November 2013 that they had \"liberated\" Qara "
           "again; this was never true. HTS-linked channels said on 22 August 2019 that fighters had retaken Tell Malah; "
           "the claim appears to have been false. The defence ministry said on Monday 19 August 2019 that the army had "
           "restored security in Suran; footage does not support the claim.", gaz, acts)
    assert {e.place_text: e.certainty for e in x.events} == {
        "Arjoun": "denied", "Qara": "denied", "Tell Malah": "denied", "Suran": "denied"}
    x = ex("On Sunday 7 August 2016 rebels were in control of the artillery academy in Ramouseh, on the south-western edge "
           "of Aleppo, which they stormed late on Saturday. The counter-offensive began from positions south-west of the "
           "city, including Khan Tuman, which rebels captured on 6 May.", gaz, acts)
    assert "wof:421202163" not in {c[1] for c in changes(x)}  # (Aleppo only locates the academy and the positions)
    assert ("2016-05-06", "wof:1209102035", "opposition") in changes(x)


def test_a_chronology_s_dated_entries_far_terms_and_claims_with_no_basis(gaz: Gazetteer, acts: Actors) -> None:
    x = ex("Syria, 2025 – chronology of principal security events\n\nMarch\n6 March. Insurgents overrun checkpoints and "
           "take control of the villages of Beit Ana and Dalyeh.\n10 March. The presidency and the SDF sign an agreement "
           "under which the SDF's institutions are to be merged into the state by the end of the year, including the "
           "handover of the Qamishli airport. Implementation is repeatedly postponed.\n\nJuly\n16 July. Government "
           "forces withdraw from Suwayda city that night; Druze factions take control of it.", gaz, acts)
    assert changes(x) == [("2025-03-06", "wof:1226345375", "other"), ("2025-03-06", "wof:1343270469", "other"),
                          ("2025-07-16", "wof:421192811", "other")]
    x = ex("Tuesday 10 December, SDF Press Centre: the mercenaries' claims that they captured the Tishrin Dam \"have no "
           "basis\", the statement added.", gaz, acts, published="2024-12-11")
    assert [e.certainty for e in x.events if e.place_id == "hm:tishrin-dam"] == ["denied"]
    x = ex("Amaq claimed on 14 October 2017 that its fighters had regained Maskanah. Talk of fighting in Maskanah is "
           "pure propaganda, a local source said.", gaz, acts)
    assert [e.certainty for e in x.events if e.changes_control or e.certainty == "denied"] == ["denied"]
    x = ex("Syria conflict: Rebels and civilians begin leaving besieged Daraya", gaz, acts, published="2016-08-26")
    assert "besieged" not in {e.action for e in x.events}  # (an epithet, not a siege laid that day)


def test_round_thirty_three_refutations_and_plans(gaz: Gazetteer, acts: Actors) -> None:
    x = ex("State TV on Tuesday 5 March 2013 claimed that troops had cleansed Tabqa, but two residents said that rebels "
           "remained in complete control. Opposition activists announced on 25 July 2012 that rebels had stormed the "
           "Menagh air base; video shows the base remains in regime hands, and the claim should be treated as false. "
           "In December 2013 an opposition channel reported that rebels had returned to al-Safira; the item was "
           "withdrawn two days later. Opposition media reported on 6 March 2014 that rebels had retaken Sahel; the "
           "report was never corroborated. Konashenkov described as \"not corresponding to reality\" reports that "
           "units of the SDF had entered Deir ez-Zor city on 9 September 2017. The next task of the Syrian army is the "
           "liberation of al-Mayadin.", gaz, acts)
    assert not changes(x)
    x = ex("Before it, the base of the 17th Division north of the city of al-Raqqa fell to the Islamic State on 25 July "
           "2014.", gaz, acts)
    assert changes(x) == [("2014-07-25", "hm:division-17-raqqa", "isis")]
    x = ex("Latakia — The spokesman of the Ministry of Defence said on Saturday that units had restored security.\n\n"
           "According to the ministry, groups loyal to the former regime attacked General Security posts in and around "
           "Jableh on Thursday afternoon and tried to storm the city's neighbourhoods, but were pushed back.",
           gaz, acts, published="2025-03-08")
    assert {e.place_id for e in x.events if e.action == "attacked"} == {"wof:1125967423"}  # (Jableh, not Latakia)
    x = ex("On Friday 6 December 2024 commanders said their forces were five kilometres from Homs. There was no "
           "indication by the evening that any fighters had entered the city.", gaz, acts)
    assert not changes(x)


def test_claims_discredited_in_words_no_narrower_rule_knows(gaz: Gazetteer, acts: Actors) -> None:
    cases = [  # (the claim, then a sentence that points back at it and discredits it, naming no place)
        "Rebel media claimed on Sunday that fighters had seized Kafr Nasih. Residents interviewed by phone described "
        "this as wishful thinking.",
        "Loyalist pages claimed the army had stormed Latamneh on Saturday. A rebel spokesman said the claim was "
        "\"pure invention\".",
        "Regime media claimed on Sunday that the army had captured Tal Rifaat. This is simply not the case.",
        "Regime media claimed on Sunday that troops had entered Maarat al-Numan. Opposition activists mocked the claim "
        "as a fantasy.",
        "Pro-Kurdish accounts claimed on Sunday that the YPG had taken Jarabulus. Nobody on the ground has confirmed "
        "it, and Turkish officials dismissed the story.",
        "Hezbollah's media arm claimed on Monday that its fighters had captured Zabadani. Rebels inside the town "
        "rejected the account, saying they still hold every street.",
        "Loyalist bloggers wrote on Sunday that the army had retaken Khan Tuman. The Observatory said the army had "
        "made no such gains.",
        "Rebel Telegram channels said on Monday that fighters had entered Hama airport. Footage from the airport "
        "later showed government aircraft taking off normally, undermining the claim.",
        "State media claimed on Monday that troops had liberated Kafr Hamra. Two commanders in the town called the "
        "report \"a joke\".",
    ]
    for case in cases:
        x = ex("Fighting in the north\n\nAnalysts said the front was fluid. " + case, gaz, acts, published="2016-05-10")
        assert x.events and not changes(x), case
    # but a claim its own sentence answers leaves the sentence before alone, a statement's lies are the other
    # side's, and an announcement that "proved premature" was early, not false
    x = ex("On 26 March 2017 the SDF announced that it had captured the Tabqa military airbase. Amaq claimed the same "
           "day that air strikes had damaged the dam, a claim the coalition rejected.", gaz, acts)
    assert changes(x) == [("2017-03-26", "hm:tabqa-airbase", "sdf")]
    x = ex("Statement by the General Command of the Army and the Armed Forces\n\nThe General Command affirms that the "
           "al-Dabaa airbase, which our forces liberated on 18 May 2013, remains in the hands of the army, contrary to "
           "the fabrications of channels which claimed last night that the armed groups had retaken the airport. "
           "These lies are meant only to lift the morale of the gangs.", gaz, acts, published="2013-06-05")
    assert ("2013-05-18", "hm:al-dabaa-airbase", "government") in changes(x)
    x = ex("Army units stormed into Abu Kamal on 9 November 2017, and the General Command announced the same day that "
           "the town had been liberated. The announcement proved premature.", gaz, acts)
    assert [c[0] for c in changes(x)] == ["2017-11-09"]


def test_ruled_out_deals_in_the_making_and_near_captures(gaz: Gazetteer, acts: Actors) -> None:
    for text in ("Officials on Monday ruled out any withdrawal from Tal Rifaat.",
                 "Ankara on Monday excluded a withdrawal from Jarabulus.",
                 "Negotiators are working on a deal under which the fighters in Zabadani would leave for Idlib."):
        x = ex(text, gaz, acts, published="2016-05-10")
        assert x.events and not changes(x), text
    x = ex("Rebels nearly captured Morek on Sunday before being driven back.", gaz, acts, published="2016-05-10")
    assert [(e.place_text, e.action, str(e.date)) for e in x.events] == [("Morek", "attacked", "2016-05-08")]


def test_a_refutation_that_names_its_claim_leaves_the_speaker_s_gains(gaz: Gazetteer, acts: Actors) -> None:
    x = ex("Statement from the National Front for Liberation: The regime militias and the Russian occupation stormed "
           "Maarat al-Numan on Tuesday after weeks of bombing. Our fighters withdrew from the city to preserve the lives "
           "of civilians. The regime's claims about taking Kafr Ruma are false.", gaz, acts, published="2020-01-29")
    assert [(e.place_text, e.certainty) for e in x.events if e.gains_bloc == "government"] == [
        ("Maarat al-Numan", "confirmed"), ("Kafr Ruma", "denied")]
    x = ex("SDF Press Centre\n\nOur forces repelled an attack by the Turkish occupation army and its mercenaries on "
           "Tell Tamer on Sunday.", gaz, acts, published="2019-10-14")  # (an attacker of many words)
    assert [(e.place_text, e.action, e.gains_bloc) for e in x.events] == [("Tell Tamer", "attacked", "opposition")]
    x = ex("Al-Fateh al-Mubin operations room: By the grace of God, the mujahideen liberated Saraqib on Thursday after "
           "fierce battles with the Assad gangs. The criminal gangs' claims of recapturing al-Nayrab are lies.",
           gaz, acts, published="2020-02-27")
    assert changes(x) == [("2020-02-27", "wof:890449833", "opposition")]
    assert [(e.place_text, e.certainty) for e in x.events if not e.changes_control] == [("al-Nayrab", "denied")]


def test_a_day_between_the_verb_and_its_object(gaz: Gazetteer, acts: Actors) -> None:
    x = ex("Statement by the Syrian Observatory for Human Rights\n\nRegime forces took full control on Tuesday of the "
           "city of Maarat al-Numan, after the factions and HTS withdrew from it. Regime forces captured late on "
           "Tuesday the town of Kafr Ruma.", gaz, acts, published="2020-01-29")
    assert changes(x) == [("2020-01-28", "wof:1226623337", "government"), ("2020-01-28", "wof:1209401899", "government")]
    x = ex("The final convoy of fighters left on 21 May 2017 and the neighbourhood came under government control.",
           gaz, acts)  # (a day, then another clause: no object)
    assert not [e for e in x.events if e.action == "withdrew"]


def test_a_post_titled_with_its_day_speaks_as_of_that_day(gaz: Gazetteer, acts: Actors) -> None:
    x = ex("Jaish al-Izza Telegram, 21 May 2019\n\nOur heroes have liberated the town of Kafr Nabudah from the Assadist "
           "gangs after a dawn assault.", gaz, acts, published="2019-05-22")
    assert changes(x) == [("2019-05-21", "wof:1293184687", "opposition")]


def test_east_aleppo_districts_and_a_holder_told_in_the_next_sentence(gaz: Gazetteer, acts: Actors) -> None:
    x = ex("Posts from the page of an activist\n\n27 November 2016, 20:03\nThe PYD from Sheikh Maqsoud walked into "
           "Sheikh Khodr and Bustan al-Basha as soon as our guys withdrew.\n\n28 November 2016, 07:50\nSakhour fell this "
           "morning. The whole north of liberated Aleppo is now in the hands of Assad and his militias.",
           gaz, acts, published="2016-11-28")
    assert changes(x) == [("2016-11-27", "hm:sheikh-khodr-aleppo", "sdf"), ("2016-11-27", "hm:bustan-al-basha-aleppo", "sdf"),
                          ("2016-11-28", "hm:sakhour-aleppo", "government")]


def test_claims_overtaken_checkpoints_at_a_village_and_the_gangs_of_assad(gaz: Gazetteer, acts: Actors) -> None:
    x = ex("Russia's defence ministry had announced on Saturday 10 December 2016 that its jets had forced the attackers "
           "out of Palmyra's outskirts, and state television said on Sunday afternoon that troops had \"fully secured\" "
           "the city. Both claims were overtaken within hours by the army's pullout.", gaz, acts)
    assert not changes(x)
    x = ex("On Saturday 10 December 2016 IS fighters took the army checkpoint at Jihar.", gaz, acts)
    assert changes(x) == [("2016-12-10", "wof:1360063403", "isis")]
    x = ex("Statement of the Military Council\n\nThe brigades of the Free Syrian Army liberated the town of Anadan on "
           "Thursday, after the gangs of Assad abandoned their checkpoints at the entrance of the town.",
           gaz, acts, published="2012-07-22")
    assert {c[2] for c in changes(x)} == {"opposition"}


def test_a_claim_answered_by_the_distance_still_to_go_and_a_citadel(gaz: Gazetteer, acts: Actors) -> None:
    x = ex("Syrian troops stormed the hilltop Palmyra citadel on Wednesday 1 March 2017. Russian state media reported that "
           "troops had also seized the Arak gas field further east. A Syrian officer reached by telephone said the army "
           "was still \"around 20 km\" from Arak and had not attacked it.", gaz, acts)
    assert changes(x) == [("2017-03-01", "hm:palmyra-citadel", "government")]


def test_a_report_acknowledged_false_and_a_plural_possessive(gaz: Gazetteer, acts: Actors) -> None:
    x = ex("Opposition activists claimed on 3 June 2013 that rebel reinforcements had retaken the village of Jusiyah; "
           "the report was later acknowledged to have been false.", gaz, acts)
    assert not changes(x)
    x = ex("Government troops and Hezbollah units seized the village of Tell al-Nabi Mando on 11 April 2013. Three days "
           "later they secured Abel, severing the rebels' main supply line from the city. The main assault opened on "
           "19 May 2013, when ground forces pushed into al-Qusayr from the south.", gaz, acts)
    assert {c[2] for c in changes(x)} == {"government"}


def test_a_chronology_s_year_headings_historic_present_and_claims_that_prove_false(gaz: Gazetteer, acts: Actors) -> None:
    x = ex("List of territorial changes\n\n2014\n- January – Raqqa: after two weeks of street fighting, ISIL drives "
           "the last Ahrar al-Sham and Nusra units out of the city.\n- 24 August – Tabqa airbase: the last "
           "government stronghold in the province falls to ISIL.", gaz, acts, published="2017-12-01")
    assert changes(x) == [("2014-01-01", "wof:421172833", "isis"), ("2014-08-24", "hm:tabqa-airbase", "isis")]
    x = ex("2–4 March 2013 – Rebels storm Raqqa.\n\n7 August 2014 – ISIS fighters claim to have also stormed the "
           "Kuweires airbase in Aleppo province; the claim proves false and the garrison holds out.", gaz, acts)
    assert changes(x) == [("2013-03-02", "wof:421172833", "opposition")]


def test_a_withdrawn_statement_and_one_change_told_by_two_triggers(gaz: Gazetteer, acts: Actors) -> None:
    x = ex("Troops entered Qara on 19 November 2013. A rebel statement on 3 December announcing the recapture of Qara "
           "was withdrawn within hours.", gaz, acts)
    assert changes(x) == [("2013-11-19", "wof:421167017", "government")]
    x = ex("On 22 November 2013 rebels, including Jabhat al-Nusra, counter-attacked and overran Deir Atiyah. The army "
           "then turned to al-Nabek, which was declared fully secured on 10 December 2013.", gaz, acts)
    assert changes(x) == [("2013-11-22", "wof:1344142507", "opposition"), ("2013-12-10", "wof:1125978283", "government")]


def test_attacks_launched_by_a_side_and_reports_called_quoted_lies(gaz: Gazetteer, acts: Actors) -> None:
    x = ex("Amaq Agency\n\nWilayat al-Khayr – Amaq: Soldiers of the Caliphate on Saturday repelled an attack launched by "
           "the apostate PKK militias, backed by Crusader coalition aircraft, on the town of al-Baghuz. The Amaq source "
           "said that the reports circulated by Crusader media outlets claiming that the PKK militias had entered Baghuz "
           "Fawqani are \"pure lies,\" stressing that the area remains under the control of the mujahideen.",
           gaz, acts, published="2019-02-10")
    assert changes(x) == [("2019-02-09", "wof:1343849925", "sdf")]
    x = ex("Statement by the General Command of the Army\n\nThe General Command confirms that the attack launched by the "
           "terrorist groups at dawn today on our positions in Hamamiyat was repelled.", gaz, acts, published="2019-05-09")
    assert changes(x) == [("2019-05-09", "wof:1327251729", "opposition")]
    x = ex("The rebels opened the offensive by storming Halfaya, which they captured on its first day, 29 August 2016.",
           gaz, acts)  # (not "an offensive by storming …, which they captured on")
    assert changes(x) == [("2016-08-29", "wof:1125969035", "opposition")]


def test_the_russian_occupation_forces_and_a_denial_of_this_completely(gaz: Gazetteer, acts: Actors) -> None:
    x = ex("Idlib Activists Network – Daily field bulletin\n\nAssad's militias and the Russian occupation forces entered "
           "the city of Maarat al-Numan on Tuesday evening, after the revolutionary factions withdrew from it.\n\nPages "
           "loyal to the regime claimed that Assad's forces had also entered Kafr Ruma west of the city. Our "
           "correspondents deny this completely: the village is still in the hands of the revolutionaries.",
           gaz, acts, published="2020-01-29")
    assert changes(x) == [("2020-01-28", "wof:1226623337", "government")]
    assert {e.gains for e in x.events if e.place_text == "Maarat al-Numan"} <= {"government", "russia"}


def test_claims_not_considered_credible_and_footage_of_the_holders(gaz: Gazetteer, acts: Actors) -> None:
    for tail in ("and we do not consider the claim credible.", "but footage from Thursday shows SNA fighters still in "
                                                               "its main square."):
        x = ex("Weekly\n\nSNA fighters have held Abu Qilqil since taking it on 31 December 2024. The SDF said on "
               "Wednesday 8 January 2025 that it had retaken the village, " + tail, gaz, acts, published="2025-01-10")
        assert changes(x) == [("2024-12-31", "wof:1259467475", "opposition")], tail


def test_a_side_calling_the_enemy_s_claims_lies_keeps_its_own_gains(gaz: Gazetteer, acts: Actors) -> None:
    x = ex("Al-Fateh al-Mubin Operations Room – official channel (Telegram), 27 February\n\n[13:20] URGENT | The "
           "revolutionaries have liberated the city of Saraqib completely and cut the M5 international highway.\n\n"
           "[13:55] The claims of the criminal regime's media that its militias repelled the attack and are still inside "
           "Saraqib are lies. Our fighters are at the eastern entrance of the city.", gaz, acts, published="2020-02-27")
    assert changes(x) == [("2020-02-27", "wof:890449833", "opposition")]
    x = ex("Statements, 1-11 December\n\nMonday 9 December, Dawn of Freedom: \"Manbij has been liberated completely, and "
           "the flags of the revolution were raised over its central square.\"", gaz, acts, published="2024-12-11")
    assert changes(x) == [("2024-12-09", "wof:1141906291", "opposition")]


def test_a_withdrawal_with_its_day_before_the_place(gaz: Gazetteer, acts: Actors) -> None:
    x = ex("Al-Fateh al-Mubin Operations Room\n\nWe do not hide from our people that the factions withdrew on Tuesday "
           "from Kafr Nubl and Hass after a Russian scorched-earth campaign, and the occupation's militias entered them.",
           gaz, acts, published="2020-02-27")
    assert changes(x) == [("2020-02-25", "wof:890449847", "government"), ("2020-02-25", "wof:1259369953", "government")]
    x = ex("Yabrud fell to the army on 16 March 2014, when most of its defenders pulled out in the direction of Rankous.",
           gaz, acts)  # (a direction, not a day)
    assert changes(x) == [("2014-03-16", "wof:1125962359", "government")]


def test_within_hours_of_the_day_just_named(gaz: Gazetteer, acts: Actors) -> None:
    x = ex("BEIRUT, March 23 - Rebels pressed a surprise offensive in Hama province on Thursday.\n\nThe assault began on "
           "Tuesday with two suicide car bombs. Within hours the insurgents had overrun the town of Suran and the "
           "village of Khattab.", gaz, acts, published="2017-03-23")
    assert [c[0] for c in changes(x)] == ["2017-03-21", "2017-03-21"]
    x = ex("AMMAN — Fighting erupted on Thursday after regime forces tried to storm Daraa al-Balad, under a tight siege "
           "since June 24.\n\nWithin hours, gunmen took control of the town of Sayda.", gaz, acts, published="2021-07-30")
    assert ("2021-07-29", "wof:1193129817", "opposition") in changes(x)  # (not the siege's first day)


def test_a_withdrawal_whose_successor_the_next_sentence_names(gaz: Gazetteer, acts: Actors) -> None:
    x = ex("Suwayda Crisis Assessment, July 17, 2025\n\n- Government forces pulled out of Suwayda city overnight on July "
           "16-17 under a ceasefire agreement. Druze factions aligned with Sheikh Hikmat al-Hijri now control the city.",
           gaz, acts, published="2025-07-18")
    assert [(c[1], c[2]) for c in changes(x)] == [("wof:421192811", "other")]


def test_round_thirty_five_refutations_and_a_battle_not_yet_at_the_city(gaz: Gazetteer, acts: Actors) -> None:
    x = ex("A rebel spokesman had said on Monday 6 August 2012 that fighters had also taken the police station in Bustan "
           "al-Qasr, but residents said the building was still held by security forces and the claim turned out to be "
           "untrue.", gaz, acts)
    assert not changes(x)
    x = ex("Central War Media: Syrian army and the resistance break the siege on Nubl and al-Zahraa\n\nThe Syrian Arab "
           "Army took control of Hardatnin on Tuesday. Websites of the armed groups claimed that their fighters had "
           "recaptured Hardatnin and killed dozens of soldiers. A field commander told War Media these claims were "
           "\"pure fantasy,\" and said the town is fully secured.", gaz, acts, published="2016-02-03")
    assert {c[2] for c in changes(x)} == {"government"}
    x = ex("The SDF announced on 6 June 2017 the start of the battle for Raqqa city; we expect it to reach the city's "
           "outskirts within days, but not to enter the old city before July.", gaz, acts)
    assert not changes(x)


def test_a_side_that_shifted_its_axis_is_the_one_advancing(gaz: Gazetteer, acts: Actors) -> None:
    x = ex("The National Front for Liberation and HTS struck back, and on 27 May 2019 they retook Kafr Nabuda.\n\nIn early "
           "August the army shifted its main axis towards southern Idlib. Al-Habeet was captured on 11 August.", gaz, acts)
    assert changes(x)[-1] == ("2019-08-11", "wof:1209802489", "government")


def test_a_relative_clause_s_year_and_captured_soldiers(gaz: Gazetteer, acts: Actors) -> None:
    x = ex("SDF fighters were ferried across Lake Assad on 22 March 2017, landing west of Tabqa. The Tabqa air base, where "
           "IS had executed scores of captured soldiers in 2014, was seized by the SDF four days later.", gaz, acts)
    assert changes(x) == [("2017-03-26", "hm:tabqa-airbase", "sdf")]


def test_a_pocket_in_northern_hama_is_not_the_city(gaz: Gazetteer, acts: Actors) -> None:
    x = ex("The rebel pocket in northern Hama was abandoned on 23 August 2019.", gaz, acts)
    assert not changes(x)


def test_round_thirty_six_refutations_fronts_and_coalitions(gaz: Gazetteer, acts: Actors) -> None:
    x = ex("Russian and Syrian jets kept up strikes on rebel-held districts of Daraa city on Friday 6 July 2018, though "
           "there was no word of a ground assault on the city itself.", gaz, acts)
    assert not changes(x)
    x = ex("Activist claims on Thursday 9 August 2012 that rebels had stormed Aleppo International Airport are not "
           "supported by footage. Rebel statements on 6 June 2013 that they had \"recaptured\" the Dabaa air base are "
           "not credible.", gaz, acts)
    assert not changes(x)
    x = ex("On 29 November 2022 Turkish-backed SNA factions used the strikes as cover for probing attacks on the Tal "
           "Rifaat and Manbij fronts.", gaz, acts)
    assert not changes(x)
    x = ex("The offensive was waged by the Army of Conquest (Jaish al-Fatah), a coalition led by Jabhat al-Nusra and "
           "Ahrar al-Sham. After four days of street fighting, government forces abandoned Idlib on 28 March 2015. "
           "Jisr al-Shughur fell to the coalition on 25 April 2015.", gaz, acts)
    assert changes(x)[-1] == ("2015-04-25", "wof:890449849", "opposition")
    x = ex("Rebels led by Hayat Tahrir al-Sham swept into Aleppo on Friday 29 November 2024. The Syrian army command "
           "acknowledged that \"terrorist\" fighters had entered \"large parts\" of Aleppo.", gaz, acts)
    assert {c[2] for c in changes(x)} == {"opposition"}


def test_a_subordinate_withdrawal_is_not_the_next_clause_s_subject(gaz: Gazetteer, acts: Actors) -> None:
    x = ex("DAMASCUS, Dec 10 - Rebel fighters captured Hama on Thursday after government forces withdrew, and took Homs "
           "early on Sunday, hours before their columns entered Damascus.", gaz, acts, published="2024-12-10")
    assert changes(x)[1:] == [("2024-12-08", "wof:421168647", "opposition"), ("2024-12-08", "wof:421202165", "opposition")]


def test_a_claim_refuted_in_its_own_sentence_and_an_operations_room_as_the_coalition(gaz: Gazetteer, acts: Actors) -> None:
    x = ex("On 6 March 2025 gunmen loyal to the former regime seized the police station and main roads of Qardaha. "
           "Insurgent channels claimed that the Hmeimim area had also fallen; the claim was false.", gaz, acts)
    assert changes(x) == [("2025-03-06", "wof:1310308215", "other")]
    x = ex("In early 2015 several Islamist factions pooled their forces under a joint operations room named Jaysh al-Fatah "
           "(\"Army of Conquest\"). The coalition then turned west and captured Jisr al-Shughur on 25 April 2015 after "
           "three days of fighting.", gaz, acts)
    assert changes(x) == [("2015-04-25", "wof:890449849", "opposition")]


@pytest.mark.parametrize("published, text", [
    ("2017-03-10", "Rebels said they had taken Morek on Wednesday, but pictures from the town on Thursday showed government "
                   "soldiers at its checkpoints."),
    ("2017-03-10", "Pro-government outlets reported the fall of Kafr Nabl on Wednesday; the town's council said fighting was "
                   "continuing on its outskirts and no troops had entered."),
    ("2019-05-10", "The opposition's announcement on Thursday of the capture of Kinsabba was retracted hours later."),
    ("2019-08-10", "A government statement said on Friday that troops had recaptured Latamneh. Nothing on the ground supports that."),
    ("2020-02-10", "Claims on Sunday that Saraqib had fallen were quickly debunked by local journalists."),
    ("2018-03-10", "State TV claimed on Friday that troops had entered Douma, although the rebels still held the town centre."),
    ("2019-08-10", "Rebel media claimed the capture of Morek on Tuesday; in reality they had only reached its northern checkpoint."),
    ("2019-08-10", "The army's claim on Tuesday to have retaken Kafr Zita proved hollow."),
    ("2016-02-10", "Activists disputed the army's account that it had seized Tell Rifaat on Monday."),
    ("2015-05-10", "The report on Monday that Hezbollah had taken Zabadani was erroneous."),
    ("2019-08-10", "Government forces did not, as claimed by pro-regime pages on Monday, enter Kafranbel."),
    ("2017-10-10", "The rebels claimed to have seized Sheikh Maskin on Monday, but the claim was walked back."),
    ("2024-11-20", "HTS is preparing an assault on Aleppo."),
    ("2016-12-10", "The army's supposed capture of Tadef on Monday never happened, according to residents."),
    ("2016-12-10", "Rebels insisted on Monday that they still held al-Bab, despite Turkish claims to have entered the town."),
    ("2018-04-10", "Video posted on Tuesday appeared to contradict the army's claim that it had taken Dumayr."),
    ("2018-04-10", "The army said on Tuesday it had captured Jarud. That account was quickly challenged by rebel commanders, who "
                   "posted video from inside the town."),
])
def test_claims_discredited_by_their_grammar(published: str, text: str, gaz: Gazetteer, acts: Actors) -> None:
    """A claim noun with a discrediting predicate, a verb that discredits the claim it takes, a sentence that points back
    at the claim and evidence against it after "but" or "in reality": no change of the map (written before round 37)."""
    assert not changes(ex("Fighting in the north\n\n" + text, gaz, acts, published=published))


@pytest.mark.parametrize("published, text", [
    ("2021-08-10", "There is no truth to reports on Monday that the army has entered Daraa al-Balad."),
    ("2024-12-10", "Turkish media reported on Monday that SNA fighters had captured the Tishrin Dam. The SDF said the dam "
                   "remains under its full control."),
    ("2025-03-09", "Pro-Assad accounts claimed on Saturday that loyalist fighters had seized Baniyas; security sources said "
                   "the city was calm and under government control."),
    ("2025-03-08", "Insurgents claimed on Friday to control Qardaha; the ministry said its forces were in full control of the town."),
    ("2023-09-05", "Tribal fighters claimed to have taken Dhiban on Monday, but SDF units were seen in the town the next day."),
    ("2024-12-07", "Opposition fighters said on Friday they had reached the gates of Homs, but state TV showed troops "
                   "patrolling its streets."),
])
def test_claims_answered_by_evidence_of_who_holds_the_place(published: str, text: str, gaz: Gazetteer, acts: Actors) -> None:
    """Evidence that the other side still holds the place, in the claim's sentence or the next (written before round 39)."""
    assert not changes(ex("Fighting in the north\n\n" + text, gaz, acts, published=published))


def test_claims_that_are_not_discredited_keep_their_changes(gaz: Gazetteer, acts: Actors) -> None:
    x = ex("On 15 February 2016 the SDF stormed Tell Rifaat and took the town, Kurdish officials said; rebel groups "
           "insisted they still held parts of its southern outskirts.", gaz, acts)
    assert ("2016-02-15", "wof:890449827", "sdf") in changes(x)  # (parts of the outskirts: the town still changed hands)
    x = ex("Syria Situation Report, 16 February 2016\n\nRegime forces stormed Ibta', north of Daraa city, on 15 February "
           "but were driven back after several hours of fighting. Ibta' remains under opposition control.", gaz, acts)
    assert changes(x) == [("2016-02-15", "wof:1209028723", "government")]  # (the attack stands: it failed)
    x = ex("On 9 November 2017 the army announced the capture of Albu Kamal. The announcement proved premature: IS "
           "fighters counter-attacked.", gaz, acts)
    assert ("2017-11-09", "wof:890449891", "government") in changes(x)  # (taken, then lost again)


def test_round_thirty_seven_surrender_told_with_a_capture_and_a_table_s_own_words(gaz: Gazetteer, acts: Actors) -> None:
    x = ex("On the night of 5-6 August 2013 rebel fighters of the Northern Storm brigade overran Menagh Airbase and the last "
           "defenders fled or surrendered.", gaz, acts)
    assert {c[2] for c in changes(x)} == {"opposition"}  # (the surrender is the same change, not the defenders' gain)
    x = ex("Raqqa Governorate, 2013: changes of control\n\nThe table lists the changes of control recorded in 2013.\n\n"
           "Date    | Location       | Event\n"
           "--------|----------------|------------------------------------------\n"
           "4 Mar   | Raqqa city     | Rebels overrun the city\n"
           "12 Mar  | Tabqa Airbase  | Rebel media announce its capture; claim false, the army keeps it\n"
           "14 Aug  | Raqqa city     | ISIL car bomb near the railway station\n", gaz, acts, published="2013-12-31")
    assert changes(x) == [("2013-03-04", "wof:421172833", "opposition")]


def test_round_thirty_seven_refutations_plans_and_a_city_s_own_airport(gaz: Gazetteer, acts: Actors) -> None:
    statement = "Syrian National Army - statement of the official spokesman\n\n"
    x = ex(statement + "On Saturday 2 November 2019 our forces liberated Tal Baram. On Sunday the terrorist militias, backed "
           "by elements of the Assad regime, attacked the village and were repelled. We refute what the terrorists' media "
           "published about \"regaining\" Tal Baram; these are fabrications.", gaz, acts, published="2019-11-04")
    assert {c[2] for c in changes(x)} == {"opposition", "sdf"}  # (the attack is the SDF's; the recapture is refuted)
    x = ex("Statement of the General Command of the Army\n\nArmy units restored security to Maarat al-Numan on Tuesday "
           "28 January 2020. The army will continue its national duty until liberating Saraqib from terrorism.", gaz, acts)
    assert [c[1] for c in changes(x)] == ["wof:1226623337"]
    x = ex("The Islamic State's advance opens the road to the T4 airbase. By Thursday 21 May 2015 the group held the whole "
           "of Palmyra, including the airport and the prison.", gaz, acts)
    assert "hm:tiyas-airbase" not in [c[1] for c in changes(x)]  # (Palmyra's airport, not T4 60 km west)
    x = ex("Rebel media claim that their fighters recaptured Ras al-Maara on 12 April 2014. I have found no corroboration, "
           "and activists describe only a raid on a checkpoint.", gaz, acts)
    assert not changes(x)


def test_a_neighbourhood_of_a_city_and_that_was_false_after_two_sentences(gaz: Gazetteer, acts: Actors) -> None:
    x = ex("The army took the Baba Amr neighbourhood of Homs on 1 March 2012.", gaz, acts)
    assert [c[1] for c in changes(x)] == ["hm:bab-amr"]  # (not Homs; but "the Damascus suburb of Daraya" is Daraya)
    x = ex("On 26 June 2015 the Islamic State took the Ghwayran neighbourhood of al-Hasakah. On 28 June state media "
           "claimed the army had retaken Ghwayran. That was false: the neighbourhood stayed in ISIS hands.", gaz, acts)
    assert changes(x) == [("2015-06-26", "hm:ghwayran-hasakah", "isis")]  # ("That": the claim just told, not the capture)


def test_the_old_quarter_of_a_city(gaz: Gazetteer, acts: Actors) -> None:
    x = ex("Army units entered the old quarter of the southern city of Daraa on 8 September 2021.", gaz, acts)
    assert [c[1] for c in changes(x)] == ["hm:daraa-al-balad"]  # (the gazetteer's "Daraa al-Balad", not the city)
    x = ex("The Fourth Division encircled Daraa's old quarter on 24 June 2021.", gaz, acts)
    assert [c[1] for c in changes(x)] == ["hm:daraa-al-balad"]
    x = ex("The army entered the old city of Aleppo on 7 December 2016.", gaz, acts)
    assert [c[1] for c in changes(x)] == ["hm:old-city-aleppo"]
    x = ex("Rebels entered the old quarter of Idlib on 28 March 2015.", gaz, acts)
    assert [c[1] for c in changes(x)] == ["wof:890432567"]  # (no old quarter in the gazetteer: the city itself)


def test_a_list_that_repeats_its_preposition(gaz: Gazetteer, acts: Actors) -> None:
    x = ex("The army restored security on 4 March 2017 to al-Nabaain village and to Observatory 45 hill.", gaz, acts)
    assert [c[1] for c in changes(x)] == ["wof:1344160245", "hm:observatory-45-latakia"]
    x = ex("Rebels withdrew from Kafr Nabudah and from Qalaat al-Madiq on 5 March 2016.", gaz, acts)
    assert [c[1] for c in changes(x)] == ["wof:1293184687", "wof:1276435799"]
    x = ex("The army captured Kafr Nabudah on 5 March 2016 and moved to Qalaat al-Madiq.", gaz, acts)
    assert [c[1] for c in changes(x)] == ["wof:1293184687"]  # (a destination, not a second object)


@pytest.mark.parametrize("text", [
    "Rebels in Rastan rejected a Russian offer on 20 April 2018 to hand over the town and leave for Idlib.",
    "Talks on the surrender of Rastan broke down on 20 April 2018 without agreement.",
    "On 20 February 2018 an assault on Douma seemed imminent.",
    "On 20 February 2018 Moscow hinted that a deal for the evacuation of Douma may be near.",
    "The claimed capture of Kafr Nabudah on 20 October 2015 was not borne out by later footage.",
    "A statement attributed to the SDF announcing the capture of Manbij on 12 June 2016 was a forgery, the group said.",
    "Pro-government accounts prematurely celebrated the fall of Mayadin on 5 September 2017.",
])
def test_refused_offers_stalled_talks_imminent_assaults_and_forged_claims_change_nothing(
        text: str, gaz: Gazetteer, acts: Actors) -> None:
    assert changes(ex(text, gaz, acts)) == []


def test_stalled_talks_and_a_plan_leave_done_deeds_alone(gaz: Gazetteer, acts: Actors) -> None:
    x = ex("Talks on the evacuation of Daraya ended with an agreement on 25 August 2016.", gaz, acts)
    assert [c[1] for c in changes(x)] == ["wof:890449861"]
    x = ex("The army threatened to storm Rastan and captured Talbiseh on 2 May 2018.", gaz, acts)
    assert [c[1] for c in changes(x)] == ["wof:421178429"]


def test_besieged_as_an_adjective_is_no_siege(gaz: Gazetteer, acts: Actors) -> None:
    x = ex("Fatah Halab fighters stood firm on the northern fronts of besieged Aleppo on 30 September 2016.", gaz, acts)
    assert changes(x) == []
    x = ex("Fourth Division units besieged Daraa al-Balad on 24 June 2021.", gaz, acts)
    assert changes(x) == [("2021-06-24", "hm:daraa-al-balad", "government")]  # ("units besieged": a verb after all)


def test_the_side_a_place_fell_out_of_hands_of_loses(gaz: Gazetteer, acts: Actors) -> None:
    x = ex("Xyzzy fighters captured Idlib city on 28 March 2015, the second provincial capital to fall out of government "
           "hands.", gaz, acts)
    assert changes(x) == [("2015-03-28", "wof:890432567", "opposition")]  # (not the only side named)
    x = ex("Jaysh al-Fath captured Idlib city on 28 March 2015.", gaz, acts)
    assert changes(x) == [("2015-03-28", "wof:890432567", "opposition")]


def test_soldiers_captured_as_they_fled_are_no_side_moving_in(gaz: Gazetteer, acts: Actors) -> None:
    x = ex("On 19 August 2014 IS fighters attacked Tabqa airbase. The base fell on 24 August 2014, with hundreds of "
           "soldiers captured as they tried to reach Hama province on foot.", gaz, acts)
    assert ("2014-08-24", "hm:tabqa-airbase", "isis") in changes(x)


def test_a_deal_only_discussed_and_a_siege_after_a_launched_assault(gaz: Gazetteer, acts: Actors) -> None:
    x = ex("On 20 August 2015 Iranian and Turkish mediators discussed a deal under which Zabadani's fighters would leave in "
           "exchange for the evacuation of wounded from al-Fu'a and Kafraya. No agreement has been reached.", gaz, acts)
    assert changes(x) == []
    x = ex("Hezbollah and the army launched their assault on Zabadani on 4 July 2015, and by 12 July the town was fully "
           "encircled.", gaz, acts)
    assert set(changes(x)) == {("2015-07-04", "wof:890442377", "government"), ("2015-07-12", "wof:890442377", "government")}


def test_an_undated_article_s_story_crosses_the_new_year_after_its_lead(gaz: Gazetteer, acts: Actors) -> None:
    x = ex("Northwestern Syria offensive\n\nIt ended with the Moscow ceasefire of 5 March 2020.\n\nCourse\n\nThe first phase "
           "began on 19 December 2019. Jarjanaz fell on 24 December. Rebels left Maarat al-Numan on 28 January.", gaz, acts)
    assert [c[0] for c in changes(x)] == ["2019-12-24", "2020-01-28"]  # (the lead's 2020 is the end, told first)


def test_a_second_verb_shares_the_place_subject_of_the_first(gaz: Gazetteer, acts: Actors) -> None:
    x = ex("On 5 February 2020 the army closed in. Saraqib, at the junction of the M4 and M5, was surrounded on 5 February "
           "and fell three days later.", gaz, acts)
    assert ("2020-02-08", "wof:890449833", "government") in changes(x)


def test_a_table_aligned_with_spaces_and_no_rule_line(gaz: Gazetteer, acts: Actors) -> None:
    text = ("Northwestern Syria offensive\n\nThe army advanced along the M5 motorway.\n\n"
            "Town                   Date           Control after\n"
            "Jarjanaz               24 Dec 2019    Government\n"
            "Saraqib                27 Feb 2020    Opposition\n")
    assert changes(ex(text, gaz, acts)) == [("2019-12-24", "wof:1276417627", "government"),
                                            ("2020-02-27", "wof:890449833", "opposition")]
    prose = text.replace("Town                   Date", "Many towns changed hands in the winter.\nTown Date")
    assert changes(ex(prose, gaz, acts)) == []  # (no header: lines of words, not a table)


def test_a_gazetteer_entry_s_stamp_asides_in_a_gapped_clause_and_a_base_on_the_edge_of_a_city(
        gaz: Gazetteer, acts: Actors) -> None:
    x = ex("RAQQA\n\nEntry last updated: 2 December 2013.\n\nTell Abyad fell to the Free Syrian Army on 19 September "
           "2012. Rebel advances followed early in 2013: Ma'dan was taken on 9 February and Tabqa (al-Thawrah), with its "
           "dam, on 11 February.", gaz, acts)
    assert changes(x) == [("2012-09-19", "wof:1310429531", "opposition"), ("2013-02-09", "wof:1309930097", "opposition"),
                          ("2013-02-11", "wof:890449887", "opposition")]  # (not 2014: the stamp is no story in December)
    x = ex("By 4 March 2013 the rebels held the city of Raqqa. Government troops fell back to the Division 17 base on the "
           "northern edge of the city, which rebels encircled from 6 March.", gaz, acts)
    assert ("2013-03-06", "hm:division-17-raqqa", "opposition") in changes(x)


def test_a_side_s_own_voice_vows_attempts_and_the_militias(gaz: Gazetteer, acts: Actors) -> None:
    x = ex("Statement of the Nusra Front\n\nOur brothers are preparing, by the permission of God, for the conquest of the "
           "city of al-Hasakah.", gaz, acts, published="2013-02-15")
    assert changes(x) == []
    x = ex("Liwa al-Tawhid statement\n\nWe vow that the day is near when Aleppo is wholly liberated.", gaz, acts,
           published="2012-07-30")
    assert changes(x) == []
    x = ex("Al-Fateh al-Mubin Operations Room\n\nOn the southern front, the militias tried on Thursday to storm Kafr Nabl "
           "from three axes, and the attack was crushed by our fighters.", gaz, acts, published="2020-02-28")
    assert changes(x) == [("2020-02-27", "wof:890449847", "government")]  # (an attempt by the page's enemy)
    x = ex("Military Operations Command\n\nThe militias fled Khan al-Asal, and fierce clashes are raging inside the town "
           "of Anadan, where the mujahideen are advancing street by street.", gaz, acts, published="2024-11-28")
    assert ("wof:1276855637", "opposition") in [(c[1], c[2]) for c in changes(x)]


def test_nusra_alone_is_the_nusra_front(gaz: Gazetteer, acts: Actors) -> None:
    x = ex("The army retook Morek on 23 October 2014. On 27 October Nusra and allied fighters stormed into Idlib city.",
           gaz, acts)
    assert ("2014-10-27", "wof:890432567", "opposition") in changes(x)


def test_a_shouted_is_and_a_side_named_in_the_next_sentence(gaz: Gazetteer, acts: Actors) -> None:
    x = ex("Thread: the Anfal battle\n\n1/ Friday 21 March: the mujahideen stormed the Kessab border crossing.\n\n"
           "3/ Sunday 23 March: KESSAB IS LIBERATED. The rebels entered the town after the Assad army pulled out.",
           gaz, acts, published="2014-03-24")
    assert {c[2] for c in changes(x) if c[0] == "2014-03-23"} == {"opposition"}  # (not IS, nor the enemy of the holder)


def test_a_side_s_page_calls_its_first_named_enemy_the_gangs(gaz: Gazetteer, acts: Actors) -> None:
    x = ex("YPG General Command - Press release\n\nOn 16 July armed gangs belonging to Jabhat al-Nusra and the Islamic "
           "State attacked our checkpoints. We remind the public that these gangs entered Serêkaniyê on 8 November 2012.",
           gaz, acts, published="2013-07-18")
    assert ("2012-11-08", "wof:1276457637", "opposition") in changes(x)  # (not the YPG's own, nor ISIS by default)


def test_a_pledge_the_town_just_left_and_the_field(gaz: Gazetteer, acts: Actors) -> None:
    x = ex("Abu Kamal went first: on 29 June 2014 the local Nusra Front commander pledged allegiance to IS, and the border "
           "town changed hands without a fight. On 3 July Nusra withdrew from Mayadin and IS fighters moved into the town "
           "the same afternoon. IS then turned west. On 17 July its fighters stormed the Shaer gas field. The army retook "
           "the field on 26 July.",
           gaz, acts)
    assert changes(x) == [("2014-06-29", "wof:890449891", "isis"), ("2014-07-03", "wof:1125980167", "isis"),
                          ("2014-07-17", "hm:shaer-gas-field", "isis"), ("2014-07-26", "hm:shaer-gas-field", "government")]


def test_a_jihadist_statement_s_purified_and_its_brothers(gaz: Gazetteer, acts: Actors) -> None:
    x = ex("Harakat Ahrar al-Sham al-Islamiyya - Statement\n\nOn Thursday the brothers purified the checkpoint of Ram "
           "Hamdan, while other brothers tightened the siege on Abu al-Duhur airport.", gaz, acts, published="2013-01-12")
    assert changes(x) == [("2013-01-10", "wof:1343739475", "opposition"), ("2013-01-10", "hm:abu-al-duhur-airbase", "opposition")]
    x = ex("The emir said the fighters purified their intentions before the battle on 10 January 2013.", gaz, acts)
    assert changes(x) == []


def test_villages_placed_east_of_the_town_are_not_the_town(gaz: Gazetteer, acts: Actors) -> None:
    x = ex("Kobani crisis - situation report\n\nFighting has reached the eastern edge of Kobani town.\n\nBetween 16 and 19 "
           "September 2014 ISIL fighters took several dozen villages, among them Shiran and Alishar east of the town. Since "
           "21 September the town has been effectively besieged.", gaz, acts, published="2014-10-09")
    assert ("2014-09-21", "wof:1360282145", "isis") in changes(x)


def test_a_since_year_in_an_appositive_does_not_move_the_story_back(gaz: Gazetteer, acts: Actors) -> None:
    x = ex("The Idlib campaign of 2015\n\nAriha was abandoned on 28 May 2015.\n\nBy September only isolated positions "
           "remained; the Abu al-Duhur airbase, besieged since late 2012, was overrun on 9 September.", gaz, acts,
           published="2016-01-20")
    assert "2015-09-09" in [c[0] for c in changes(x)]


def test_an_invitation_aside_is_not_the_subject(gaz: Gazetteer, acts: Actors) -> None:
    x = ex("On 15 October 2019 Syrian government troops, invited in by the SDF after US forces withdrew, entered Manbij.",
           gaz, acts)
    assert changes(x) == [("2019-10-15", "wof:1141906291", "government")]


def test_a_town_that_fell_inside_a_zone_changed_no_hands(gaz: Gazetteer, acts: Actors) -> None:
    x = ex("Under the Sochi memorandum of September 2018 Khan Shaykhun fell inside a planned demilitarised zone.", gaz, acts)
    assert changes(x) == []


def test_a_side_in_an_as_clause_is_no_leaver(gaz: Gazetteer, acts: Actors) -> None:
    x = ex("Last fighters leave Harasta as army tightens grip on Eastern Ghouta\n\nThe last buses carrying Ahrar al-Sham "
           "fighters left Harasta on Friday evening, and government troops moved into the town.", gaz, acts,
           published="2018-03-24")
    assert {c[2] for c in changes(x)} == {"government"}


def test_a_siege_that_has_lasted_for_years_is_a_state(gaz: Gazetteer, acts: Actors) -> None:
    x = ex("My read is that Nusra will turn to the twin regime bases of Wadi al-Deif and Hamidiyah outside Maarat al-Numan, "
           "which have been besieged for two years.", gaz, acts, published="2014-11-05")
    assert changes(x) == []
    x = ex("Government forces besieged Yarmouk for two years from July 2013.", gaz, acts)
    assert [c[1] for c in changes(x)] == ["wof:1192994787"]  # (a siege whose start the clause dates)


def test_a_nominal_list_that_repeats_of_past_a_landmark(gaz: Gazetteer, acts: Actors) -> None:
    x = ex("Deir al-Zor\n\nThe breakthrough followed the capture on Sunday of Ma'dan, on the highway from Raqqa, and of "
           "the village of al-Shoula on Monday.", gaz, acts, published="2017-09-06")
    assert [(c[0], c[1]) for c in changes(x)] == [("2017-09-03", "wof:1309930097"), ("2017-09-04", "wof:1209406525")]


def test_a_long_read_a_year_on_and_the_side_of_an_excepted_quarter(gaz: Gazetteer, acts: Actors) -> None:
    x = ex("Eleven days\n\nA year on, it is tempting to read the offensive of late 2024 as inevitable. When HTS crossed the "
           "lines west of Aleppo on 27 November, most analysts expected a limited raid.\n\nOn the evening of 29 November "
           "the first columns entered Aleppo's western districts. By the following night the army had withdrawn from all "
           "of the city except Kurdish-held Sheikh Maqsoud, which stayed with the SDF.", gaz, acts, published="2025-11-27")
    assert {c for c in changes(x) if c[1] == "wof:421202163"} >= {("2024-11-30", "wof:421202163", "opposition")}
    assert all(c[0].startswith("2024") and c[2] == "opposition" for c in changes(x))


def test_a_channel_s_numbered_posts_are_no_headings(gaz: Gazetteer, acts: Actors) -> None:
    x = ex("IDLIB FRONT | pinned digest\n\n#1152 | 06.02.2020 SARAQIB IS LIBERATED! Tiger Forces have raised the flag over "
           "the town centre.\n\n#1160 | 08.02.2020 Tell Tukan - liberated. Militants fled east without a fight.", gaz, acts,
           published="2020-03-02")
    assert [(c[0], c[1]) for c in changes(x)] == [("2020-02-06", "wof:890449833"), ("2020-02-08", "wof:1360164891")]
    x = ex("#Harasta: done since last week. Ahrar al-Sham buses left on Thursday 22 March 2018 and govt forces entered "
           "behind them.", gaz, acts)
    assert {c[2] for c in changes(x)} == {"government"}


def test_the_town_ringed_not_the_towns_its_roads_lead_to(gaz: Gazetteer, acts: Actors) -> None:
    x = ex("Saraqib\n\nOn 5 February 2020 the ring closed around Saraqib. SAA units cut the roads to Sarmin and Afis - the "
           "town is fully encircled.", gaz, acts)
    assert [(c[1], c[2]) for c in changes(x)] == [("wof:890449833", "government")]


def test_a_tracker_s_footage_of_no_army_and_tanks_lost(gaz: Gazetteer, acts: Actors) -> None:
    x = ex("Bustan al-Qasr. State television said on Friday 10 August 2012 that the neighbourhood had been \"cleansed of "
           "terrorists\". Our contacts inside, and footage filmed that afternoon, show no army presence at all.", gaz, acts)
    assert changes(x) == []
    x = ex("Aleppo\n\nSaif al-Dawla. An armoured thrust on Saturday 11 August 2012 was beaten back near the district's "
           "roundabout, with at least two tanks lost.", gaz, acts)
    assert changes(x) == []  # (tanks lost, not the district)


def test_completing_the_encirclement_of_a_city_the_side_is_inside(gaz: Gazetteer, acts: Actors) -> None:
    x = ex("Timeline of the Raqqa campaign\n\n- 6 June 2017 – The SDF storms the city of Raqqa from the east, entering the "
           "al-Mashlab district.\n- 29 June – SDF fighters cut the last road south of the Euphrates, completing the "
           "encirclement of Raqqa.", gaz, acts)
    assert ("2017-06-29", "wof:421172833", "sdf") in changes(x)  # (not ISIS, though the SDF already held part of it)


def test_an_article_s_lead_span_sets_the_first_year(gaz: Gazetteer, acts: Actors) -> None:
    x = ex("Siege of Kobani\n\nThe siege of Kobani was a campaign by ISIL to capture the town of Kobani. It began in "
           "mid-September 2014 and ended in January 2015 with the defeat of ISIL.\n\nPrelude\n\nOn 13 September ISIL "
           "launched an assault. By 20 September its forces had surrounded the town on three sides.", gaz, acts)
    assert ("2014-09-20", "wof:1360282145", "isis") in changes(x)


def test_an_amaq_item_s_nusayri_army_and_al_bukamal(gaz: Gazetteer, acts: Actors) -> None:
    x = ex("Amaq News Agency\n\n[Urgent] Islamic State fighters attacked a Nusayri army position in the village of "
           "al-Hasrat west of al-Bukamal on Saturday and took control of it.", gaz, acts, published="2017-11-12")
    assert {c[1] for c in changes(x)} == {"wof:1343879453"}  # (al-Hasrat, not the village An Nusayr)
    assert {c[2] for c in changes(x)} == {"isis"}


def test_a_month_after_is_a_month_before_give_or_take_a_week(gaz: Gazetteer, acts: Actors) -> None:
    x = ex("An alliance including the Nusra Front captured Jisr al-Shughur on 25 April 2015, a month after the same coalition "
           "seized the provincial capital Idlib.", gaz, acts)
    idlib = next(e for e in x.events if e.place_id == "wof:890432567")
    assert (str(idlib.date), str(idlib.date_end)) == ("2015-03-19", "2015-04-02")


def test_tribal_fighters_and_the_side_a_subordinate_clause_names(gaz: Gazetteer, acts: Actors) -> None:
    x = ex("On Tuesday 29 August 2023, tribal fighters overran SDF posts in Dhiban and took the town outright. The next day "
           "they moved into al-Busayrah after SDF personnel pulled back towards the Conoco field, and seized Shuhayl.",
           gaz, acts)
    assert {c[2] for c in changes(x)} == {"other"}
    x = ex("SDF units entered al-Shuhayl on Saturday 2 September 2023 after the tribal fighters slipped out, and retook "
           "Busayra on Sunday.", gaz, acts)
    assert {c[2] for c in changes(x)} == {"sdf"}


def test_a_story_withdrawn_a_transcript_s_rebuttal_and_a_deal_that_would_be_extended(gaz: Gazetteer, acts: Actors) -> None:
    x = ex("An opposition news website that reported on Thursday 22 August 2019 that rebels had recaptured al-Tamanah "
           "withdrew the story hours later.", gaz, acts)
    assert changes(x) == []
    x = ex("HANNAH: There was that moment on 1 July 2018 when everyone was tweeting that Tafas had surrendered.\n\n"
           "KARIM: And the Tafas commanders came out and said flatly that was false, nobody had signed anything.", gaz, acts)
    assert changes(x) == []
    x = ex('On 30 January 2017 a rebel negotiator said the arrangement would be extended to Deir Qanun "within days".',
           gaz, acts)
    assert changes(x) == []
    x = ex("Jihadist websites claimed on 26 May 2019 that fighters had overrun Kirnaz; the Observatory said that was untrue. "
           "On 27 May the army retook Kafr Nabudah.", gaz, acts)
    assert changes(x) == [("2019-05-27", "wof:1293184687", "government")]


def test_the_patrol_ambushed_is_not_the_side_that_seized_the_village(gaz: Gazetteer, acts: Actors) -> None:
    x = ex("It began on Thursday 6 March 2025, when gunmen loyal to the fallen government ambushed a General Security "
           "patrol outside Beit Ana and then seized the village.", gaz, acts)
    assert changes(x) == [("2025-03-06", "wof:1226345375", "other")]


def test_respectively_pairs_places_with_days_and_a_list_s_year_carries_back(gaz: Gazetteer, acts: Actors) -> None:
    x = ex("Sheikh Hadid and Jinderes fell to Turkish-backed rebels on March 6 and March 8 respectively.", gaz, acts,
           published="2018-06-01")
    assert changes(x) == [("2018-03-06", "wof:1242858995", "opposition"), ("2018-03-08", "wof:1209604917", "opposition")]
    x = ex("Rajo and Bulbul were taken by the Turkish army on 3 and 5 March, respectively.", gaz, acts, published="2018-06-01")
    assert [c[0] for c in changes(x)] == ["2018-03-03", "2018-03-05"]
    x = ex("The army recaptured Palmyra and al-Qaryatayn on 27 March and 3 April 2016 respectively.", gaz, acts,
           published="2018-06-01")
    assert changes(x) == [("2016-03-27", "wof:421197935", "government"), ("2016-04-03", "wof:421170787", "government")]
    x = ex("Rebels took Idlib city on March 28 and Jisr al-Shughur on April 25, 2015.", gaz, acts, published="2018-06-01")
    assert [c[0] for c in changes(x)] == ["2015-03-28", "2015-04-25"]


def test_a_thrust_towards_a_place_beaten_back_is_an_attack_by_the_side_not_holding_it(gaz: Gazetteer, acts: Actors) -> None:
    x = ex("On 3 May 2018 an armoured thrust by the army towards Jobar was beaten back near the district's roundabout.",
           gaz, acts)
    assert [(e.action, e.place_id, e.gains_bloc) for e in x.events] == [("attacked", "hm:jobar-damascus", "government")]
    x = ex("Government troops held the Ramouseh area. An armoured thrust towards Sakhour on 7 August 2012 was beaten back "
           "short of the roundabout, with rebels claiming to have knocked out several tanks.", gaz, acts)
    assert [(e.action, e.gains_bloc) for e in x.events if e.place_id == "hm:sakhour-aleppo"] == [("attacked", "government")]
    x = ex("On 19 October 2015 the army tried to advance on Talbiseh but was beaten back.", gaz, acts)
    assert {(e.action, e.gains_bloc) for e in x.events} <= {("attacked", "government")}
    x = ex("On 19 October 2015 an army push towards Talbiseh gained ground.", gaz, acts)
    assert changes(x) == []


def test_claims_scotched_called_premature_or_wishful_and_goals_days_away(gaz: Gazetteer, acts: Actors) -> None:
    for text in ("The rebels' announcement on Tuesday 8 September 2015 that they had entered Hama turned out to be wishful "
                 "thinking.",
                 "ISIS has not yet managed to enter Deir ez-Zor airport, despite an assault on Monday 30 May 2016.",
                 "Opposition sources on Monday 9 May 2016 scotched rumours of a withdrawal from Khan Touman.",
                 "Hezbollah's media office on Monday 20 May 2013 called reports that its fighters had taken Qusayr "
                 '"premature".',
                 'The SDF said on Sunday 15 October 2017 it was "days away" from the complete liberation of Raqqa.'):
        assert changes(ex(text, gaz, acts)) == [], text


def test_a_place_lost_to_a_side_and_an_aside_s_own_day(gaz: Gazetteer, acts: Actors) -> None:
    x = ex("Palmyra was lost to IS on 20 May 2015.", gaz, acts, published="2017-02-10")
    assert changes(x) == [("2015-05-20", "wof:421197935", "isis")]
    x = ex("Saraqib was lost by the rebels on Thursday to the army.", gaz, acts, published="2020-02-10")
    assert changes(x) == [("2020-02-06", "wof:890449833", "government")]
    x = ex("Palmyra, lost to IS on 20 May 2015, was retaken in March 2016.", gaz, acts, published="2017-02-10")
    assert [(str(e.date), e.action, e.gains_bloc, e.loses_bloc) for e in x.events] == [
        ("2015-05-20", "captured", "isis", None), ("2016-03-01", "recaptured", None, "isis")]
    for text in ("Syrian state media did not say on 26 February 2020 that the village of Nairab had been lost.",
                 "Review: how Idlib was lost, and nearly everything else.", "Many lives were lost in Saraqib on 6 February 2020."):
        assert changes(ex(text, gaz, acts, published="2021-06-14")) == [], text


def test_round_44_refutations_plans_and_the_side_of_mujahideen_on_hezbollah_s_page(gaz: Gazetteer, acts: Actors) -> None:
    x = ex("Al-Manar reported on 5 June 2013 that troops had also entered Buwayda al-Sharqiya, but the channel dropped the "
           "report within the hour, and a security source said the village was still in rebel hands.", gaz, acts)
    assert changes(x) == []
    x = ex("On 3 December 2024 the rebels took Halfaya; state television claimed the next morning that the army had retaken "
           "it, which faction commanders denied and which no footage supported.", gaz, acts)
    assert changes(x) == [("2024-12-03", "wof:1125969035", "opposition")]
    x = ex("War Media Central: Army and Resistance advance\n\nUnits of the Syrian Arab Army and the Islamic Resistance "
           "continued their operation against the takfiri groups. On Wednesday 11 February 2015 the mujahideen liberated the "
           "town of Deir al-Adas.", gaz, acts)
    assert changes(x) == [("2015-02-11", "wof:1193013739", "government")]
    x = ex("We announce to our people on 11 May 2017 that the next stage is the liberation of Raqqa.", gaz, acts)
    assert changes(x) == []
    x = ex("The fall of Maarat al-Numan on 28 January 2020, abandoned by Hayat Tahrir al-Sham after its supply lines were cut, "
           "was followed by the capture of Saraqeb on 8 February. Damascus announced on 29 February that Saraqeb had been "
           "retaken; in fact the town was still being fought over.", gaz, acts)
    assert changes(x) == [("2020-01-28", "wof:1226623337", "government"), ("2020-02-08", "wof:890449833", "government")]


def test_a_named_campaign_keeps_its_side_and_a_relative_clause_past_an_appositive(gaz: Gazetteer, acts: Actors) -> None:
    x = ex("Analysis. Five months after it began, the regime's Qalamoun campaign is close to sealing the border. This brief "
           "compares its progress with the rebels' surprise offensive on the Latakia coast.\n\nThe Qalamoun offensive opened "
           "with the capture of Qara on 19 November 2013, a town the rebels abandoned after four days of bombardment.",
           gaz, acts, published="2014-04-18")
    assert changes(x) == [("2013-11-19", "wof:421167017", "government")]  # (and no attack on the city of Latakia)
    x = ex("After a winter pause, Hezbollah and the army moved on Yabroud, the region's rebel hub, which fell on 16 March 2014.",
           gaz, acts)
    assert changes(x) == [("2014-03-16", "wof:1125962359", "government")]


def test_as_sukhnah_is_no_as_clause_and_a_side_turning_south_east_advances(gaz: Gazetteer, acts: Actors) -> None:
    x = ex("In the summer of 2017 the army pushed across the desert from the west, capturing As Sukhnah on 12 August.", gaz, acts)
    assert changes(x) == [("2017-08-12", "wof:1260068243", "government")]
    x = ex("From early 2015 the government garrison in Deir ez-Zor was cut off by IS. In 2017 the army pushed across the "
           "desert. The army then turned south-east along the river. Muhasan was entered on 2 October 2017 after two days of "
           "street fighting. On 9 November 2017 government troops and allied militias reached Abu Kamal.", gaz, acts)
    assert [c for c in changes(x) if c[0] >= "2017"] == [("2017-10-02", "wof:1209807209", "government"),
                                                          ("2017-11-09", "wof:890449891", "government")]


def test_a_chronology_s_present_tense_reach_concede_and_agree(gaz: Gazetteer, acts: Actors) -> None:
    x = ex("All dates below are in 2018.\n\n• 10 March – Troops advancing from the east reach Mesraba and link up with the "
           "garrison.\n• 18 March – Rebel sources concede the loss of Kafr Batna.\n• 23 March – Faylaq al-Rahman agrees to "
           "hand over Irbin; convoys depart the next day.", gaz, acts)
    assert {c for c in changes(x) if c[0] < "2018-03-24"} == {
        ("2018-03-10", "wof:1293769411", "government"), ("2018-03-18", "wof:1293086675", "government"),
        ("2018-03-23", "wof:1125967573", "government")}
    x = ex("The war went on in 2018.\n\nOn 13 March troops reached Harasta.", gaz, acts)
    assert changes(x) == [("2018-03-13", "wof:1125968475", "government")]  # (an undated text's first year holds on)
    x = ex("- 17 July 2018 – Government troops enter Nawa after local factions agree to evacuate to Idlib.", gaz, acts)
    assert [c[1] for c in changes(x)] == ["wof:421184049"]  # (Nawa, not Idlib)


def test_round_44_southern_offensive_sides_crossings_and_a_state_since(gaz: Gazetteer, acts: Actors) -> None:
    x = ex("The Islamic State-affiliated Khalid ibn al-Walid Army exploited the rebel collapse and seized Tasil on 20 July 2018.",
           gaz, acts)
    assert changes(x) == [("2018-07-20", "wof:1293684473", "isis")]
    x = ex("After a week of bombardment the army captured Busra al-Hariri on 26 June 2018, and Al-Hirak surrendered two days "
           "later.", gaz, acts)
    assert changes(x) == [("2018-06-26", "wof:1193129627", "government"), ("2018-06-28", "wof:890428813", "government")]
    x = ex("Army units reached the Nasib border crossing with Jordan on 6 July 2018. The next day they reached the M5 highway.",
           gaz, acts)
    assert changes(x) == [("2018-07-06", "hm:nasib-crossing", "government")]
    x = ex("In 2018 the south fell. The national flag was raised in Daraa al-Balad, the old quarter of the provincial capital "
           "held by the opposition since 2013, on 12 July.", gaz, acts)
    assert changes(x) == [("2018-07-12", "hm:daraa-al-balad", "government")]


def test_they_after_units_no_list_knows_and_a_statement_that_does_not_correspond_to_reality(gaz: Gazetteer, acts: Actors) -> None:
    x = ex("Russian MoD: ISIS losing ground\n\nAfter the liberation of Sukhnah on 12 August 2017, units of the 5th Assault "
           "Corps and the Tiger Forces advanced along the highway. On 3 September they liberated the settlement of Kabajeb, "
           "and on 8 September they liberated al-Shula on the road to Deir ez-Zor.", gaz, acts)
    assert ("2017-09-08", "wof:1209406525", "government") in changes(x)
    assert {c[2] for c in changes(x)} == {"government"}
    x = ex("He commented on 10 September 2017 on statements by representatives of US-backed formations that they had "
           'captured the Conoco gas field. "These statements do not correspond to reality."', gaz, acts)
    assert changes(x) == []


def test_round_45_a_junction_a_fabrication_and_clauses_that_point_back(gaz: Gazetteer, acts: Actors) -> None:
    x = ex("Syrian rebels seize Saraqeb as army pulls back from key Idlib junction\n\nBEIRUT, Nov 3 (Reuters) - Rebels took "
           "Saraqeb on Friday. State television described reports that rebels had entered Ariha as \"fabrications\".",
           gaz, acts, published="2012-11-03")
    assert changes(x) == [("2012-11-02", "wof:890449833", "opposition")]  # (no Idlib city, no Ariha)
    x = ex("The offensive, which began on Saturday, is aimed at Salaheddine, a southwestern neighbourhood that rebels moved "
           "into on July 20. That road runs north through Azaz, where rebels took full control on July 22 after days of "
           "fighting.", gaz, acts, published="2012-07-30")
    assert changes(x) == [("2012-07-20", "hm:salaheddine-aleppo", "opposition"), ("2012-07-22", "wof:890449873", "opposition")]
    x = ex("Fighters of the Islamic State took full control on Sunday morning of the city of Tadmur.", gaz, acts,
           published="2015-05-24")
    assert changes(x) == [("2015-05-24", "wof:421197935", "isis")]


def test_round_45_a_town_left_in_a_side_s_hands_and_sides_outside_the_main_blocs(gaz: Gazetteer, acts: Actors) -> None:
    x = ex("Syrian rebels captured a sprawling army base on the edge of the eastern town of Mayadin on Thursday, leaving the "
           "town on the Euphrates River entirely under opposition control.", gaz, acts, published="2012-11-23")
    assert changes(x) == [("2012-11-22", "wof:1125980167", "opposition")]
    x = ex("On Thursday afternoon loyalists ambushed a patrol near Jableh and then attacked checkpoints and the security "
           "headquarters in the town itself. Fighters from former army units attacked the security headquarters in Jableh "
           "on Friday.", gaz, acts, published="2025-03-08")
    assert changes(x) == [("2025-03-06", "wof:1125967423", "other"), ("2025-03-07", "wof:1125967423", "other")]
    x = ex("Syrian government forces withdrew from the southern city of Sweida overnight under a ceasefire deal, and local "
           "Druze fighters took back control of its streets on Thursday. A resident said government forces were still "
           "deployed in Walgha.", gaz, acts, published="2025-07-17")
    assert changes(x) == [("2025-07-17", "wof:421192811", "other")]


def test_round_45_a_reference_battle_a_shared_day_a_state_that_evening_and_a_side_driven_out(gaz: Gazetteer, acts: Actors) -> None:
    x = ex("Rebel columns moving down the Euphrates valley in early 2013 took the town of al-Tabqa on 11 February, together "
           "with the Tabqa Dam. The assault on Raqqa opened on the morning of 4 March. The city was, by most accounts, in "
           "rebel hands that evening. After ten days of infighting, ISIL drove Ahrar al-Sham and the Nusra Front out and "
           "took sole control of Raqqa on 14 January 2014.", gaz, acts)
    assert ("2013-02-11", "wof:890449887", "opposition") in changes(x)
    assert ("2013-03-04", "wof:421172833", "opposition") in changes(x)
    assert ("2014-01-14", "wof:421172833", "isis") in changes(x)
    assert ("2014-01-14", "wof:421172833", "opposition") not in changes(x)


def test_round_45_infiltration_disguises_takfiris_and_the_day_a_shared_verb_keeps(gaz: Gazetteer, acts: Actors) -> None:
    x = ex("25 June 2015 – ISIL fighters, some reportedly wearing YPG uniforms, infiltrate Kobani and kill more than 200 "
           "civilians.", gaz, acts)
    assert changes(x) == [("2015-06-25", "wof:1360282145", "isis")]
    x = ex("The army and resistance liberated Qara on 19 November 2013. Days later the takfiri groups infiltrated Deir Atiyah, "
           "on 22 November, committing massacres, but they were driven out six days later and the town was cleaned "
           "completely.", gaz, acts)
    assert ("2013-11-22", "wof:1344142507", "opposition") in changes(x)
    assert ("2013-11-28", "wof:1344142507", "government") in changes(x)
    x = ex("The spokesman said the Assad militias managed on Saturday to infiltrate the farms of al-Rayhan, but that the lions of "
           "Jaish al-Islam launched a counter-attack at dawn on Sunday and restored full control of al-Rayhan.", gaz, acts,
           published="2018-03-05")
    assert changes(x) == [("2018-03-03", "wof:1292896731", "government"), ("2018-03-04", "wof:1292896731", "opposition")]


def test_round_45_a_whole_city_held_by_a_morning_and_a_storming_s_outcome(gaz: Gazetteer, acts: Actors) -> None:
    x = ex("The Islamic State opened its drive on Palmyra on 13 May 2015. Government defences collapsed on 20 May; troops "
           "pulled out westward during the night, and by the morning of 21 May the militants held the whole city.", gaz, acts)
    assert ("2015-05-21", "wof:421197935", "isis") in changes(x)
    x = ex("HOMS PROVINCE - Islamic State fighters stormed al-Qaryatayn late on Wednesday and by Thursday morning held the "
           "whole town, the Observatory said.", gaz, acts, published="2015-08-07")
    assert changes(x) == [("2015-08-05", "wof:421170787", "isis")]  # (the holding is the storming's outcome)


def test_round_45_an_assault_driven_back_a_pronoun_past_a_sideless_sentence_and_a_bearing_aside(gaz: Gazetteer, acts: Actors) -> None:
    x = ex("Battle of al-Bab\n\nBackground\nTurkish-backed factions of the Free Syrian Army pushed south. They took Dabiq, a town "
           "of great symbolic weight in ISIL propaganda, on 16 October 2016 after the jihadists abandoned it.\n\nBattle\nThe "
           "campaign's forces reached al-Bab's western approaches in early December. On 10 December they stormed the outskirts "
           "and the hospital hill, but ISIL counter-attacks drove them back.\n\nFall\nOn 23 February 2017 the Turkish-backed "
           "forces announced that they had taken full control of al-Bab. The neighbouring towns of Qabasin and Bza'a, to the "
           "north-east, fell to them the following day.", gaz, acts)
    assert changes(x) == [("2016-10-16", "wof:1293190621", "opposition"), ("2016-12-10", "wof:1125981903", "opposition"),
                          ("2017-02-23", "wof:1125981903", "opposition"), ("2017-02-24", "wof:1226432145", "opposition"),
                          ("2017-02-24", "wof:1226561039", "opposition")]
    assert [e.action for e in x.events if e.date == dt.date(2016, 12, 10)] == ["attacked"]


def test_round_45_a_chronology_in_the_present_and_a_settlement_s_year(gaz: Gazetteer, acts: Actors) -> None:
    x = ex("Siege of Daraa al-Balad (2021)\n\nThe siege of Daraa al-Balad was a three-month blockade by government forces on "
           "the old quarter of Daraa city, which had kept its local fighters under the Russian-brokered settlement of 2018."
           "\n\nChronology\n29 July – Government troops attack Daraa al-Balad from three directions; local fighters repel the "
           "assault.\n15 September – Al-Yadudah is handed back to the army under the same terms.", gaz, acts)
    assert changes(x) == [("2021-07-29", "hm:daraa-al-balad", "government"), ("2021-09-15", "wof:1293287953", "government")]


def test_round_45_incidents_of_an_insurgency_year(gaz: Gazetteer, acts: Actors) -> None:
    x = ex("Islamic State insurgency in Syria – 2022\n\n20 January – Dozens of ISIL gunmen storm the Ghwayran (al-Sina'a) "
           "prison in Hasakah's Ghwayran district with car bombs.\n26 January – The SDF, backed by US forces, announces it "
           "has regained full control of the prison after the last holdouts surrender.\n11 March – ISIL fighters attack an "
           "army outpost at Arak, east of Palmyra. The assault is repelled.\n26 December – ISIL gunmen attack the SDF's "
           "security complex in Raqqa city. The attack is beaten back.", gaz, acts)
    assert changes(x) == [("2022-01-20", "hm:ghwayran-hasakah", "isis"), ("2022-01-26", "hm:ghwayran-hasakah", "sdf"),
                          ("2022-03-11", "wof:1209192447", "isis"), ("2022-12-26", "wof:421172833", "isis")]


def test_round_45_a_liberation_completed_by_an_after_clause_and_a_base_north_of_the_city(gaz: Gazetteer, acts: Actors) -> None:
    x = ex("Joint statement of Ahrar al-Sham Movement and Jabhat al-Nusra in Raqqa province, issued Wednesday\n\nWe announce "
           "that the city of Raqqa has been completely liberated from the Nusayri regime, after the mujahideen stormed the "
           "security squares on Monday and captured the secretary of the Baath party branch. The headquarters of the 17th "
           "Division north of the city has been encircled on all sides since Monday.", gaz, acts, published="2013-03-06")
    assert changes(x) == [("2013-03-04", "wof:421172833", "opposition"), ("2013-03-04", "hm:division-17-raqqa", "opposition")]
    x = ex("Tribal fighters seized al-Busayrah on 29 August 2023. The next day they took Dhiban, the seat of the Uqaydat sheikh "
           "Ibrahim al-Hifl, and Shuhayl.", gaz, acts)
    assert ("2023-08-30", "wof:1344254011", "other") in changes(x)


def test_round_45_a_channel_s_updates_clashes_on_outskirts_and_an_operation_that_began_with_a_liberation(
        gaz: Gazetteer, acts: Actors) -> None:
    x = ex("National Front for Liberation - official channel (urgent updates, translated)\n\n09:15 - Our fighters are now "
           "clashing on the outskirts of Dadikh and Kafr Battikh.\n\n14:00 - A reminder that this operation began on Monday "
           "with the liberation of al-Nayrab east of Idlib.", gaz, acts, published="2020-02-27")
    assert changes(x) == [("2020-02-27", "wof:1226826151", "opposition"), ("2020-02-27", "wof:1360065587", "opposition"),
                          ("2020-02-24", "wof:1259763395", "opposition")]
    x = ex("Jaish al-Fatah statement\n\nOur brothers liberated Jisr al-Shughour on Saturday. This conquest comes less than a month after God opened for us the city of Idlib on 28 March.", gaz, acts,
           published="2015-04-26")
    assert ("2015-03-28", "wof:890432567", "opposition") in changes(x)
    assert "government" not in {c[2] for c in changes(x)}


def test_round_45_a_settlement_report_s_entries_deployments_and_a_siege_imposed(gaz: Gazetteer, acts: Actors) -> None:
    x = ex("Daraa, SANA - A military source said settlement centres had opened on Saturday in Yadudah, where army units "
           "deployed at several points after the gunmen surrendered their medium weapons. The process follows the army's "
           "entry into Daraa al-Balad last Wednesday. The committee said the siege imposed on the neighbourhood by the Fourth "
           "Division since 24 June had starved our people.", gaz, acts, published="2021-09-15")
    assert changes(x) == [("2021-09-11", "wof:1293287953", "government"), ("2021-09-08", "hm:daraa-al-balad", "government"),
                          ("2021-06-24", "hm:daraa-al-balad", "government")]
    x = ex("The operations room denounced the deception of the regime's media, which had reported the army's entry into "
           "Tafas.", gaz, acts, published="2018-07-10")
    assert changes(x) == []


def test_round_45_a_retrospective_s_loss_a_breakthrough_and_a_year_a_paragraph_opens_on(gaz: Gazetteer, acts: Actors) -> None:
    x = ex("The Battle for Aleppo, 2016: A Retrospective\n\nOn 6 August, after a week of fighting, rebel factions broke "
           "through at Ramouseh and opened a narrow corridor. After an autumn of bombardment, government ground forces moved "
           "in. The loss "
           "of Masaken Hanano on 26 November split the northern part of the enclave.", gaz, acts, published="2017-01-09")
    assert ("2016-08-06", "hm:ramouseh-aleppo", "opposition") in changes(x)
    assert ("2016-11-26", "hm:hanano-aleppo", "government") in changes(x)
    x = ex("Two battles for Aleppo\n\nSince December I have been trying to explain why the fall of Aleppo in 2024 felt so "
           "different.\n\n2016 was a siege. The army and its allies retook Ramouseh on 4 September.", gaz, acts,
           published="2025-02-10")
    assert ("2016-09-04", "hm:ramouseh-aleppo", "government") in changes(x)
    x = ex("The loss of Palmyra opened the road west: on 5 August 2015 IS fighters captured al-Qaryatayn.", gaz, acts)
    assert changes(x) == [("2015-08-05", "wof:421170787", "isis")]


def test_round_45_a_town_s_neighbouring_dam_and_a_battle_that_took_months(gaz: Gazetteer, acts: Actors) -> None:
    x = ex("After an airborne landing in March 2017, the SDF captured Tabqa and the neighbouring dam on 10 and 11 May "
           "respectively. The army retook Maskanah on 3 June. The battle for Raqqa itself took four months.", gaz, acts)
    assert changes(x) == [("2017-05-10", "wof:890449887", "sdf"), ("2017-05-11", "hm:tabqa-dam", "sdf"),
                          ("2017-06-03", "wof:1209504851", "government")]
    x = ex("On 24 August 2016 Turkish tanks and Syrian rebels crossed the border and took Jarablus within hours.", gaz, acts)
    assert changes(x) == [("2016-08-24", "wof:1125967369", "opposition")]


def test_round_45_a_weekly_assessment_control_reasserted_and_a_summary_s_twin(gaz: Gazetteer, acts: Actors) -> None:
    x = ex("Weekly Conflict Assessment: Middle Euphrates, 17-23 November 2017\n\nSummary: The Syrian army and its allies have "
           "again pushed the Islamic State out of Albu Kamal.\n\nAlbu Kamal. Army units first entered Albu Kamal on 9 November. "
           "Two days later ISIS counterattacked and took back much of the town. Hezbollah then brought in reinforcements. "
           "Government forces reasserted control on Sunday.", gaz, acts, published="2017-11-24")
    assert changes(x) == [("2017-11-09", "wof:890449891", "government"), ("2017-11-11", "wof:890449891", "isis"),
                          ("2017-11-19", "wof:890449891", "government")]
    x = ex("GHOUTA. The government's ground offensive split the enclave into three pockets. Mesraba was taken on 10 March "
           "2018.", gaz, acts)
    assert changes(x) == [("2018-03-10", "wof:1293769411", "government")]


def test_round_45_an_academic_account_s_deal_terms_a_pocket_and_a_year_in_a_relative_clause(gaz: Gazetteer, acts: Actors) -> None:
    x = ex("After that, towns surrendered one by one. Busra al-Sham's Shabab al-Sunna faction agreed on 4 July 2018 to hand "
           "over its heavy weapons and let the army into the town. The symbolic end came on 12 July. That day the army raised "
           "the flag in Daraa al-Balad, where the protests had begun in March 2011. In the western countryside, fighters in "
           "Nawa accepted a settlement on 17 July, and the army entered the town the following morning.", gaz, acts)
    assert ("2018-07-04", "wof:890449867", "government") in changes(x)
    assert ("2018-07-18", "wof:421184049", "government") in changes(x)
    assert not [c for c in changes(x) if c[0].startswith("2011")]
    x = ex("The SDF took Hajin on 14 December 2018. By 9 February it had encircled the last ISIS pocket at Baghuz.", gaz, acts)
    assert ("2019-02-09", "wof:1343849925", "sdf") in changes(x)


def test_a_glossary_s_participles_each_keep_their_own_day(gaz: Gazetteer, acts: Actors) -> None:
    x = ex("Glossary: the 2019 Hama–Idlib offensive\n\nKafr Nabudah — village on the north-western edge of Hama province. "
           "Taken by the army on 8 May 2019, recaptured by a joint HTS and Jaysh al-Izza assault on 21 May, and lost again "
           "to government forces on 26 May after five days of fighting.", gaz, acts)
    assert changes(x)[:2] == [("2019-05-08", "wof:1293184687", "government"), ("2019-05-21", "wof:1293184687", "opposition")]
    x = ex("Meanwhile, Turkish troops and their Syrian allies rolled into Afrin on Sunday, March 18, after the Kurdish YPG "
           "pulled out overnight.", gaz, acts, published="2018-03-26")
    assert changes(x) == [("2018-03-18", "wof:890436241", "opposition")]
    x = ex("Launched by HTS and Jaish al-Izza on 21 March 2017, it overran Suran on its first day and took Khattab on "
           "22 March.", gaz, acts)
    assert [c[0] for c in changes(x)] == ["2017-03-21", "2017-03-22"]  # (Suran's day is not Khattab's)


def test_a_city_after_a_bearing_and_troops_freed_for_an_assault(gaz: Gazetteer, acts: Actors) -> None:
    x = ex("Weekly Conflict Assessment: Homs Province, 27 July - 2 August 2013\n\nKey judgement: The regime's recapture of "
           "Khalidiya consolidates its hold on northern Homs city and frees troops for an assault on the Old City, though "
           "such an assault is not imminent.", gaz, acts, published="2013-08-02")
    assert [(c[1], c[2]) for c in changes(x)] == [("hm:al-khalidiyah-homs", "government")]


def test_round_46_glossary_it_a_fall_told_in_passing_and_witnesses_who_say_it_is_not_the_case(gaz: Gazetteer, acts: Actors) -> None:
    x = ex("Glossary of places (2019)\n\nKafr Nabudah — Farming town at the north-western edge of the Hama plain. It changed "
           "hands three times in May 2019. The army seized it on 8 May, a Jaysh al-Izza and HTS counterattack won it back on "
           "21 May, and government troops took it again on 27 May.\n\nKhan Shaykhun — Town on the M5 highway. Government units "
           "declared the town under their control on 21 August 2019.\n\nMorek — Town in northern Hama. Rebels pulled out of "
           "Morek on 23 August 2019 once Khan Shaykhun had fallen, and the army moved in the same day.", gaz, acts)
    assert [c for c in changes(x) if c[1] == "wof:1293184687"] == [
        ("2019-05-08", "wof:1293184687", "government"), ("2019-05-21", "wof:1293184687", "opposition"),
        ("2019-05-27", "wof:1293184687", "government")]
    assert ("2019-08-23", "wof:1125778451", "opposition") not in changes(x)
    x = ex("BEIRUT, March 24 - Fighters from the Nusra Front took control of Kasab on Sunday. State television broadcast a "
           "report on Sunday saying troops had \"restored security\" to Kasab. Residents who reached Latakia said that was "
           "not the case.", gaz, acts, published="2014-03-24")
    assert changes(x) == [("2014-03-23", "wof:1209217647", "opposition")]


def test_round_46_partisan_refutations_a_matter_of_time_and_a_brigade_the_list_lacks(gaz: Gazetteer, acts: Actors) -> None:
    x = ex("Amaq Agency\n\nAmaq dismissed as \"a lie to lift the morale of its soldiers\" a claim by regime television on "
           "Thursday morning that the army had recaptured Hawarin.", gaz, acts, published="2015-08-07")
    assert changes(x) == []
    x = ex("The statement said a SANA report on Thursday evening that \"army units restored security and stability to "
           "Nahlaya\" was \"a lie that even its supporters did not believe\".", gaz, acts, published="2015-05-29")
    assert changes(x) == []
    x = ex("SANA - The source stressed that army units are continuing their operations, adding that the liberation of "
           "Kinsabba and Rabia \"is only a matter of time\".", gaz, acts, published="2016-01-13")
    assert changes(x) == []
    x = ex("Since Azaz fell to Liwa Ahrar al-Shamal on 19 July 2012, the army has been unable to reopen the road.", gaz, acts)
    assert changes(x) == [("2012-07-19", "wof:890449873", "opposition")]


def test_round_46_a_town_that_fell_to_the_group_it_swore_to_and_gunmen_loyal_to_the_former_government(
        gaz: Gazetteer, acts: Actors) -> None:
    x = ex("The border town of Abu Kamal fell to the group on June 25, when the local Nusra branch swore loyalty to Islamic "
           "State leader Abu Bakr al-Baghdadi.", gaz, acts, published="2014-07-04")
    assert changes(x) == [("2014-06-25", "wof:890449891", "isis")]
    x = ex("On 6 March 2025 gunmen loyal to the former government ambushed General Security patrols around Jableh and "
           "overran the checkpoints at Beit Ana and al-Mukhtariyah.", gaz, acts)
    assert changes(x) == [("2025-03-06", "wof:1226345375", "other"), ("2025-03-06", "wof:1209119205", "other")]


def test_a_siege_begun_by_the_side_of_the_clause_the_participle_hangs_on(gaz: Gazetteer, acts: Actors) -> None:
    x = ex("Government troops held the Menagh air base north of Aleppo. On 27 August 2012 rebel units closed the last road "
           "into Menagh, beginning a siege of the air base that would last close to a year.", gaz, acts)
    assert changes(x) == [("2012-08-27", "hm:menagh-airbase", "opposition")]


def test_a_relative_clause_with_a_quoted_subject_after_a_region(gaz: Gazetteer, acts: Actors) -> None:
    x = ex('A spokesman said that army units on Friday 7 March 2025 regained control of the villages of Beit Ana and '
           'al-Daliyah in the Jableh countryside, which "criminal remnants of the defunct regime\'s militias" had seized on '
           'Thursday evening.', gaz, acts, published="2025-03-08")
    assert sorted(changes(x)) == [("2025-03-06", "wof:1226345375", "other"), ("2025-03-06", "wof:1343270469", "other"),
                                  ("2025-03-07", "wof:1226345375", "government"), ("2025-03-07", "wof:1343270469", "government")]


def test_that_village_is_the_destination_just_named(gaz: Gazetteer, acts: Actors) -> None:
    x = ex("Troops took al-Qusayr on 5 June 2013. Survivors fled north to Buwaydah al-Sharqiyah; troops stormed that village "
           "on 12 June.", gaz, acts)
    assert changes(x) == [("2013-06-05", "wof:421178435", "government"), ("2013-06-12", "wof:1209997735", "government")]


def test_days_after_that(gaz: Gazetteer, acts: Actors) -> None:
    x = ex("Troops walked into Yabroud on 16 March 2014. Sahel, a few kilometres north-east, was taken four days after that.",
           gaz, acts)
    assert changes(x) == [("2014-03-16", "wof:1125962359", "government"), ("2014-03-20", "wof:1276571249", "government")]


def test_a_podcast_s_by_the_morning_of_the_8th(gaz: Gazetteer, acts: Actors) -> None:
    x = ex("[Transcript] The Levant Desk\n\nGUEST: Homs fell overnight, the 7th into the 8th. By the morning of the 8th, rebels "
           "were in Damascus and Assad was gone.", gaz, acts, published="2024-12-13")
    assert ("2024-12-08", "wof:421202165", "opposition") in changes(x)


def test_and_by_a_day_controlled_the_town(gaz: Gazetteer, acts: Actors) -> None:
    x = ex("In al-Bab, rebels stormed the police headquarters on 18 July 2012 and by the evening of 19 July controlled the "
           "town.", gaz, acts)
    assert ("2012-07-19", "wof:1125981903", "opposition") in changes(x)


def test_a_bare_ordinal_past_the_publication_day_is_of_the_month_before(gaz: Gazetteer, acts: Actors) -> None:
    x = ex("GUEST: The offensive starts on the 27th in western Aleppo. Two days later the first HTS units are in the western "
           "districts of Aleppo city, and by the 30th the city is essentially theirs.", gaz, acts, published="2024-12-13")
    assert changes(x) == [("2024-11-30", "wof:421202163", "opposition")]
    assert not ex("Aleppo was theirs for four years.", gaz, acts, published="2024-12-13").events


def test_an_encirclement_completed_of_the_village_a_sentence_opens_with(gaz: Gazetteer, acts: Actors) -> None:
    x = ex("In the mountain village of Beit Yashout, which the gunmen also overran on Thursday, ministry forces completed an "
           "encirclement on Friday.", gaz, acts, published="2025-03-08")
    assert ("2025-03-07", "wof:1343861511", "government") in changes(x)


def test_an_ultimatum_and_a_report_answered_by_residents(gaz: Gazetteer, acts: Actors) -> None:
    x = ex("Army commanders have given notables in Tafas until Friday to hand over wanted men or face an assault on the "
           "town. Pages close to the government reported on Tuesday that troops had entered al-Muzayrib, but residents said "
           "no soldiers had moved into the town.", gaz, acts, published="2023-04-19")
    assert changes(x) == []


def test_an_attack_on_a_post_on_the_outskirts_and_on_our_positions(gaz: Gazetteer, acts: Actors) -> None:
    x = ex("Overnight on 18 April 2023, rebels attacked a Military Security post on the outskirts of Nawa.", gaz, acts)
    assert [(e.place_id, e.action, e.gains_bloc) for e in x.events] == [("wof:421184049", "attacked", "opposition")]
    x = ex("[Translated from a Beirut daily close to the Resistance. He leads a unit of the Islamic Resistance on the "
           "Zabadani front.]\n\nQ: A month into the battle, where do things stand?\nA: On 20 July 2015, at night, maybe sixty of them attacked our "
           "positions on the edge of Bludan.", gaz, acts, published="2015-08-03")
    assert [(e.place_id, e.action, e.gains_bloc) for e in x.events] == [("wof:1310425671", "attacked", "opposition")]


def test_a_message_that_proves_false_and_a_side_that_broke_into_the_districts(gaz: Gazetteer, acts: Actors) -> None:
    x = ex("7 December 2024 – Rastan falls to the advancing rebels. A message announcing the capture of Masyaf circulates on "
           "opposition channels during the evening; it proves false and is withdrawn within hours.", gaz, acts,
           published="2025-01-06")
    assert changes(x) == [("2024-12-07", "wof:421178433", "opposition")]
    x = ex("In November 2016 ground forces, Iranian-backed militias and the Palestinian Liwa al-Quds broke into the "
           "north-eastern districts. Masaken Hanano fell on 26 November, the first major district to be lost by the rebels "
           "in four years. Kurdish YPG units based in Sheikh Maqsoud moved into the neighbouring Sheikh Khodr on 28 "
           "November as rebel fighters pulled out of it.", gaz, acts, published="2017-02-20")
    assert ("2016-11-26", "hm:hanano-aleppo", "government") in changes(x)


def test_a_media_office_s_voice_and_the_sites_of_the_town_just_named(gaz: Gazetteer, acts: Actors) -> None:
    x = ex("Aleppo Media Centre - Western Countryside Office\nKHAN AL-ASSAL LIBERATED: MUJAHIDEEN PURGE THE TOWN OF ASSAD'S "
           "GANGS\n\nAfter weeks of siege, the revolutionaries announce the full liberation of Khan al-Assal, the last "
           "stronghold of the criminal regime on the road between Aleppo and Idlib. Fighters of the brigades stormed the "
           "final checkpoints on Monday and raised the flag of the revolution over the municipality building. The regime "
           "and its militias fled.", gaz, acts, published="2013-07-23")
    assert changes(x) == [("2013-07-22", "wof:1209905895", "opposition")]


def test_a_comparison_s_since_and_a_span_s_perfect(gaz: Gazetteer, acts: Actors) -> None:
    x = ex("Key points\n- The HTS-led coalition has taken most of Aleppo city in less than four days, the government's "
           "largest territorial loss since 2015.\n\nThe offensive opened on Wednesday, 27 November. HTS fighters entered "
           "the city's western neighbourhoods on Friday evening.", gaz, acts, published="2024-12-03")
    assert [(d, p, b) for d, p, b in changes(x) if p == "wof:421202163"] == [("2024-11-29", "wof:421202163", "opposition")]


def test_a_list_item_s_label_and_a_state_told_again(gaz: Gazetteer, acts: Actors) -> None:
    x = ex("Control changes documented this month\n- Nawa: Bombardment of the town began on 13 July 2018; government forces "
           "entered four days later, after most fighters accepted evacuation to Idlib.\n- Tal Tamr: shelled on several "
           "days, but no ground assault on the town took place.", gaz, acts, published="2018-08-02")
    assert changes(x) == [("2018-07-17", "wof:421184049", "government")]
    x = ex("GoS forces encircled Douma on 11 March 2018.\n\n• HARASTA: fighters left on 22 March.\n"
           "• DOUMA: under Jaish al-Islam, encircled.", gaz, acts, published="2018-03-25")
    assert [c for c in changes(x) if c[1] == "wof:890442375"] == [("2018-03-11", "wof:890442375", "government")]


def test_these_criminal_groups_seized_the_buildings_in_the_towns_of(gaz: Gazetteer, acts: Actors) -> None:
    x = ex("Syrian Arab Republic - Ministry of Defence\n\nOn Thursday afternoon, cells of the remnants of the former regime "
           "carried out attacks on checkpoints of the army. These criminal groups seized the checkpoints and government "
           "buildings in the towns of Beit Ana and al-Daliyah, and attacked the outskirts of Baniyas, where our forces "
           "repelled them.", gaz, acts, published="2025-03-08")
    assert sorted(changes(x)) == [("2025-03-06", "wof:1226345375", "other"), ("2025-03-06", "wof:1343270469", "other"),
                                  ("2025-03-06", "wof:890449871", "other")]


def test_since_then_a_front_s_village_and_correspondents_inside(gaz: Gazetteer, acts: Actors) -> None:
    x = ex("On Sunday 11 March 2018 government forces reached the town of Mudayra. Since then Douma and Harasta have each "
           "been encircled on their own.\n\nOn Wednesday the lions of Jaysh al-Islam launched a counter-attack on the "
           "al-Rayhan front and regained the village. The regime's claims that it entered Arbin are pure lies; our "
           "correspondents are inside Arbin.", gaz, acts, published="2018-03-16")
    assert sorted(changes(x)) == [("2018-03-11", "wof:1125968475", "government"), ("2018-03-11", "wof:1293375559", "government"),
                                  ("2018-03-11", "wof:890442375", "government"), ("2018-03-14", "wof:1292896731", "opposition")]


def test_ma_an_an_attempt_foiled_and_an_attack_with_drones(gaz: Gazetteer, acts: Actors) -> None:
    x = ex("Army units took control of Lahaya village, west of Morek, on Tuesday, and of Tell Malah on Wednesday. An army "
           "unit on Wednesday foiled an attempt by terrorist groups to attack Ma'an village from the direction of the farms "
           "east of Morek. Terrorists attempted to attack the Hmeimim airbase with two unmanned aerial vehicles.", gaz, acts,
           published="2014-10-23")
    assert sorted(changes(x)) == [("2014-10-21", "wof:1276975123", "government"), ("2014-10-22", "wof:1242666641", "government"),
                                  ("2014-10-22", "wof:1293195777", "opposition")]


def test_a_storming_listed_after_a_side_s_liberations(gaz: Gazetteer, acts: Actors) -> None:
    x = ex("Jaish al-Fatah - General Command\n\nThe regime's militias fled westward.\n\nThis morning the brothers entered the "
           "villages of Kafr Najd and Urum al-Jawz, which the regime's remnants abandoned during the night.\n\n"
           "This conquest crowns a blessed campaign that began with "
           "the liberation of Idlib city on 28 March, continued with the liberation of Jisr al-Shughur on 25 April, and with "
           "the storming of the al-Mastumah camp ten days ago.", gaz, acts, published="2015-05-29")
    assert ("2015-05-19", "wof:1293367385", "opposition") in changes(x)


def test_the_defenders_of_a_village_foiled_a_takfiri_attack(gaz: Gazetteer, acts: Actors) -> None:
    x = ex("Syrian army and Resistance retake Khalasah, crush takfiri attack on al-Hader\n\nSouthern Aleppo countryside - Our "
           "correspondent\n\nOn Tuesday, the defenders of al-Hader foiled a large attack launched by the takfiris behind three "
           "booby-trapped vehicles. The takfiri groups are backed by Turkish sponsors; the Islamic Resistance mourns its martyr. "
           "The source denied claims that takfiri gunmen had captured Barnah. The takfiri groups had seized the hill of al-Eis "
           "and the village beneath it on 1 April.", gaz, acts, published="2016-06-09")
    assert [c for c in changes(x) if c[1] == "wof:1259673369"] == [("2016-06-07", "wof:1259673369", "opposition")]
    assert not [c for c in changes(x) if c[1] == "wof:1276753721"]  # (Barnah: denied, and not "the village beneath it")


def test_tried_to_force_their_way_into_and_positions_they_left(gaz: Gazetteer, acts: Actors) -> None:
    x = ex("Israel hit the general staff headquarters in Damascus on Wednesday 16 July 2025. Under a ceasefire brokered that "
           "evening, government forces pulled out of Suwayda city overnight, and Druze factions took over the positions they "
           "left. On Saturday Bedouin tribal fighters tried to force their way into Ariqa, north-west of the city, but Druze "
           "fighters beat them back.", gaz, acts, published="2025-07-20")
    assert ("2025-07-19", "wof:1209110987", "other") in changes(x)
    assert not [c for c in changes(x) if c[1] == "wof:421202165"]  # (Damascus: struck, no positions left there)


def test_fighters_pushed_into_and_the_rebels_had_pulled_out(gaz: Gazetteer, acts: Actors) -> None:
    x = ex("It began on Friday, 20 July 2012, when several hundred fighters from the villages around Anadan pushed into "
           "Salaheddine, where the rebels had long been strong. The counter-stroke came on 8 August, when the army began a ground assault on Salaheddine. By the "
           "following evening the rebels had pulled out and soldiers were walking the district's main street.", gaz, acts,
           published="2017-07-19")
    assert [(d, p) for d, p, _ in changes(x)] == [("2012-07-20", "hm:salaheddine-aleppo"), ("2012-08-08", "hm:salaheddine-aleppo"),
                                                  ("2012-08-09", "hm:salaheddine-aleppo")]
    assert changes(x)[2][2] == "government"  # (the rebels pulled out)


def test_a_list_item_s_places_taken_on_a_day(gaz: Gazetteer, acts: Actors) -> None:
    x = ex("Territorial changes:\n– Khan Shaykhun entered by government forces on 20 August 2019\n– Morek, Kafr Zita and "
           "al-Lataminah taken without a fight on 23 August after the rebels withdrew from the pocket\n\nWe congratulate our "
           "brothers in Anadan, which the free brigades liberated on Monday.", gaz, acts, published="2019-09-02")
    assert sorted(c for c in changes(x) if c[0] == "2019-08-23") == [
        ("2019-08-23", "wof:1125966329", "government"), ("2019-08-23", "wof:1310188781", "government"),
        ("2019-08-23", "wof:1327327459", "government")]
    assert any(c[1] == "wof:1276855637" for c in changes(x))  # (a relative clause's "liberated on Monday": no list item)


def test_they_is_the_subject_not_the_possessive_in_the_object(gaz: Gazetteer, acts: Actors) -> None:
    x = ex("In the east, the Syrian Democratic Forces ended the Islamic State's territorial rule when they declared the "
           "capture of Baghuz, on the Euphrates near the Iraqi border, on 23 March 2019.", gaz, acts, published="2019-09-02")
    assert changes(x) == [("2019-03-23", "wof:1343849925", "sdf")]


def test_reported_to_be_encircled_and_a_where_clause_s_attack(gaz: Gazetteer, acts: Actors) -> None:
    x = ex("Also since 29 March 2015, the predominantly Shia towns of Al-Fuah and Kafraya are reported to be fully encircled by "
           "rebels. On Tuesday, clashes were reported around Al-Mastumah, south of Idleb city, where rebels attacked government "
           "positions; the outcome remains unclear.", gaz, acts, published="2015-04-02")
    assert sorted(changes(x)) == [("2015-03-29", "wof:1310392609", "opposition"), ("2015-03-29", "wof:1343348707", "opposition"),
                                  ("2015-03-31", "wof:1293367385", "opposition")]


def test_an_ayn_in_a_name_and_positions_on_a_base_s_perimeter(gaz: Gazetteer, acts: Actors) -> None:
    x = ex("Amaq News Agency - Wilayat Dimashq\n\nIslamic State fighters on Sunday took control of the al-Sab' Biyar area. "
           "Islamic State fighters on Friday stormed positions of the Nusayri army on the perimeter of the al-Dumayr military "
           "airport, and clashes are still ongoing, a military source told Amaq.", gaz, acts, published="2017-03-20")
    assert sorted(changes(x)) == [("2017-03-17", "hm:dumayr-airbase", "isis"), ("2017-03-19", "wof:1209901679", "isis")]


def test_denied_reports_broadcast_by_channels_which_alleged_that(gaz: Gazetteer, acts: Actors) -> None:
    x = ex("The source denied the reports broadcast by the channels of sedition, Al-Jazeera and Al-Arabiya, which alleged that "
           "the terrorists had taken control of al-Kalasa and Bustan al-Qasr. The source also denied the reports which alleged "
           "that the terrorists had entered al-Sukkari.", gaz, acts, published="2012-08-09")
    assert changes(x) == []


def test_a_channel_s_posts_dated_day_dot_month(gaz: Gazetteer, acts: Actors) -> None:
    x = ex("[Channel: Syrian Army Frontline | posts 19-23 August 2019]\n\n19.08 23:40 - BREAKING: Tiger Forces units have "
           "entered Khan Shaykhun from the northwest.\n\n23.08 07:30 - CONFIRMED: Syrian Arab Army units enter Kafr Zita "
           "without resistance.", gaz, acts, published="2019-08-23")
    assert changes(x) == [("2019-08-19", "wof:1125778451", "government"), ("2019-08-23", "wof:1125966329", "government")]


def test_a_claim_called_false_and_the_city_under_control(gaz: Gazetteer, acts: Actors) -> None:
    x = ex("The ministry affirms that the claims circulated by hostile pages that the remnants had taken over the city of "
           "Baniyas on Friday 7 March 2025 are completely false, and that the city is under the control of the security "
           "forces.", gaz, acts, published="2025-03-08")
    assert changes(x) == []


def test_a_ministry_insisted_and_videos_showed_rebels_still_in_the_town(gaz: Gazetteer, acts: Actors) -> None:
    x = ex("On Friday 6 December 2024 government troops abandoned Rastan and Talbiseh, and rebels walked in.\n\nThe defence "
           "ministry insisted on Saturday that troops had \"restored security\" in Talbiseh. Videos geolocated by Reuters showed "
           "rebel fighters still in the town's centre hours later, and residents said no soldiers had returned.", gaz, acts,
           published="2024-12-07")
    assert changes(x) == [("2024-12-06", "wof:421178433", "opposition"), ("2024-12-06", "wof:421178429", "opposition")]


def test_a_list_s_entries_with_a_participle_and_its_day(gaz: Gazetteer, acts: Actors) -> None:
    x = ex("List of Syrian government positions lost in Idlib Governorate to the opposition (2015)\n\nJisr al-Shughur — "
           "Captured 25 April after a three-day assault.\nal-Mastumah (military camp) — Army training base south of Idlib "
           "city; overrun on 19 May.\n\n- ISIS seized Tal Qrah from opposition groups north of Aleppo on October 9.", gaz, acts)
    assert [(d, p) for d, p, _ in changes(x)] == [("2015-04-25", "wof:890449849"), ("2015-05-19", "wof:1293367385"),
                                                  ("2015-10-09", "wof:1293119787")]


def test_an_atlas_plate_titled_the_war_in_a_year(gaz: Gazetteer, acts: Actors) -> None:
    x = ex("Plate 14. The war in 2014: three sieges on three frontiers\n\nMap 14.2 — Yabroud and the Qalamoun. The army and "
           "Hezbollah captured Yabroud on 16 March. Map 14.3 — Kobani. The YPG retook the town on 26 January 2015.", gaz, acts,
           published="2015-06-01")
    assert ("2014-03-16", "wof:1125962359", "government") in changes(x)


def test_cut_off_on_a_day_when_rebels_closed_the_road(gaz: Gazetteer, acts: Actors) -> None:
    x = ex("The army held the area in June 2013. Khan al-Assal was cut off on 9 July 2013, when rebels closed the last road "
           "link to al-Wadihi.", gaz, acts)
    assert changes(x) == [("2013-07-09", "wof:1209905895", "opposition")]


def test_nobody_has_tried_to_storm_it_and_the_town_fronted_next_door(gaz: Gazetteer, acts: Actors) -> None:
    x = ex("Madaya has been shelled heavily since 4 July 2015, but so far nobody has tried to storm it.", gaz, acts,
           published="2015-07-12")
    assert changes(x) == []
    x = ex("Daraya: the town's evacuation was completed on 27 August 2016, and the town is now empty. Government forces hold "
           "Daraya. Next door in Muadamiyat al-Sham, Government forces have fully encircled the town since 24 August, closing "
           "the last road.", gaz, acts, published="2016-08-31")
    assert ("2016-08-24", "wof:1326527149", "government") in changes(x)


def test_under_control_since_a_weekday_and_its_date(gaz: Gazetteer, acts: Actors) -> None:
    x = ex("Sukayk has been under SAA control since Monday 12 August and our men are drinking tea there right now.", gaz, acts,
           published="2019-08-23")
    assert changes(x) == [("2019-08-12", "wof:1243350561", "government")]


def test_a_cordon_thrown_around_a_district(gaz: Gazetteer, acts: Actors) -> None:
    x = ex("The army threw a cordon around Baba Amr on February 4, cutting off food, fuel and medicine, and has pounded it "
           "with rockets almost every day since.", gaz, acts, published="2012-03-01")
    assert changes(x) == [("2012-02-04", "hm:bab-amr", "government")]


def test_launched_the_long_expected_assault(gaz: Gazetteer, acts: Actors) -> None:
    x = ex("Eight days ago, on Saturday 4 July, the SAA's 4th Division and Hezbollah launched the long-expected assault on "
           "Zabadani. An expected assault on Madaya has not come.", gaz, acts, published="2015-07-12")
    assert changes(x) == [("2015-07-04", "wof:890442377", "government")]


def test_a_side_redeployed_from_two_districts(gaz: Gazetteer, acts: Actors) -> None:
    x = ex("Harakat Ahrar al-Sham - Statement\n\nThe Assad gang attacked. Our mujahideen redeployed from Masaken Hanano and "
           "Jabal Badro on Saturday, to preserve the lives of the fighters.", gaz, acts, published="2016-11-28")
    assert changes(x) == [("2016-11-26", "hm:hanano-aleppo", "government"), ("2016-11-26", "hm:jabal-badro-aleppo", "government")]


def test_a_counter_attack_that_pushed_them_back_out_is_the_other_side_s(gaz: Gazetteer, acts: Actors) -> None:
    x = ex("On 20 June a rebel group overran the army post at Jarajir. The next day a counter-attack pushed them back out, "
           "and the village has stayed red since.", gaz, acts, published="2015-07-12")
    assert changes(x) == [("2015-06-20", "wof:1343446427", "opposition"), ("2015-06-21", "wof:1343446427", "government")]
    told_again = ex("Troops entered Maarat al-Numan late on Tuesday. \"Our units regained control of Maarat al-Numan,\" an "
                    "army spokesman said.", gaz, acts, published="2020-01-29")
    assert {c[2] for c in changes(told_again)} == {"government"}  # (a restatement without a day of its own)


def test_exploiting_the_battle_to_seize_a_district_was_done(gaz: Gazetteer, acts: Actors) -> None:
    x = ex("Our statement on Aleppo. At the same time, the separatist PKK militia stabbed the revolution in the "
           "back, exploiting the battle to seize Bustan al-Basha on Sunday.", gaz, acts, published="2016-11-28")
    assert [(c[0], c[2]) for c in changes(x)] == [("2016-11-27", "sdf")]
    planned = ex("The PKK militia is planning to exploit the battle to seize Bustan al-Basha.", gaz, acts, published="2016-11-28")
    assert changes(planned) == []


def test_a_season_that_opens_an_undated_section_names_its_year(gaz: Gazetteer, acts: Actors) -> None:
    x = ex("6.3 The unravelling of state authority in the Aleppo countryside\n\nBy early summer 2012 the towns north of "
           "Aleppo had slipped out of the government's hands. In al-Bab, local battalions overran the last security compound "
           "on 18 July.\n\nAnadan, on the road to Gaziantep, proved harder. Rebel units attacked the army positions there on "
           "24 July, and the fighting went on for almost a week before the garrison withdrew on the night of 30 July, "
           "leaving the town to the insurgents. Rebel groups completed the encirclement of Menagh air base on 8 August.",
           gaz, acts)
    assert changes(x) == [("2012-07-18", "wof:1125981903", "opposition"), ("2012-07-24", "wof:1276855637", "opposition"),
                          ("2012-07-30", "wof:1276855637", "opposition"), ("2012-08-08", "hm:menagh-airbase", "opposition")]
    road = ex("This morning our brothers entered the town of Muhambal on the road to Jisr al-Shughur after the regime "
              "militias abandoned their checkpoints there.", gaz, acts, published="2015-05-29")
    assert "wof:890449849" not in {c[1] for c in changes(road)}  # "there" is not the road's destination
    told = ex("SDF fighters withdrew from Ras Al Ain on Sunday under a US-brokered truce, leaving the border town to "
              "Turkey's Syrian allies. Shelling hit Tal Tamr.", gaz, acts, published="2019-10-24")
    assert [c[1] for c in changes(told)] == ["wof:1276457637"]


def test_a_round_up_of_weekdays_counts_each_from_publication(gaz: Gazetteer, acts: Actors) -> None:
    x = ex("Tiger Forces Media Center\n\nSunday 16 April 2017\n\nA week of victories for the Tigers.\n\n"
           "- Monday: our heroes liberated Maardes after a fierce battle.\n- Tuesday: the Tigers entered Souran.\n"
           "- Thursday: full control of Taybat al-Imam, after the terrorist groups collapsed and fled north.\n"
           "- Saturday: the terrorists abandoned Halfaya, and our forces entered it.\n", gaz, acts, published="2017-04-16")
    assert changes(x) == [("2017-04-10", "wof:1242761569", "government"), ("2017-04-11", "wof:890449831", "government"),
                          ("2017-04-13", "wof:890442371", "government"), ("2017-04-15", "wof:1125969035", "government")]


def test_a_side_s_page_answers_the_enemy_s_claims(gaz: Gazetteer, acts: Actors) -> None:
    text = ("Jaish al-Islam | Official statement\n\nSunday, 20 December 2015\n\n"
            "On Thursday the Assad gangs, backed by Hezbollah fighters, tried to storm Marj al-Sultan from the direction of the "
            "airport. Our heroes threw them back. The claim of the regime's television that its forces \"took full control "
            "of Marj al-Sultan\" is a fabrication; our men are in their positions there.\n\n"
            "On Saturday the mujahideen liberated the village of Bala al-Qadimah, and the enemy fled Bzeineh, so that our "
            "fighters entered it before the afternoon prayer.\n\n"
            "Regime pages now say their forces \"entered Otaya\"; not one of their soldiers has set foot in it.\n")
    assert changes(ex(text, gaz, acts, published="2015-12-20")) == [
        ("2015-12-17", "wof:1243064841", "government"),  # the attack beaten back stands; the claimed capture does not
        ("2015-12-19", "wof:1193003817", "opposition"), ("2015-12-19", "wof:1243474379", "opposition")]  # (no Otaya)
    fled = ex("On 3 March 2018 thousands of residents fled Afrin. Tal Rifaat now shelters many of those who fled Afrin.",
              gaz, acts)
    assert changes(fled) == []


def test_a_side_named_entering_keeps_a_place_a_later_taker_takes(gaz: Gazetteer, acts: Actors) -> None:
    x = ex("SDF spokesman speaks\n\nA: On 8 December the regime fled Deir Hafer, and our forces entered to protect the "
           "civilians. Two days later the Turkish-backed mercenaries attacked the town with drones and artillery, and we "
           "pulled back east of the river; they took it.", gaz, acts, published="2025-01-14")
    assert ("2024-12-08", "wof:1125972691", "sdf") in changes(x)


def test_a_paper_s_years_and_a_podcast_s_months(gaz: Gazetteer, acts: Actors) -> None:
    paper = ex("4.2 The Latakia hinge\n\nBetween May and December 2019, the army assaulted Kabani at least nine times.\n\n"
               "The contrast with the Hama plain is instructive. Kafr Nabudah changed hands three times in one month: the army "
               "took it on 8 May, lost it to a rebel counterattack on 21 May, and retook it on 26 May.", gaz, acts,
               published="2021-06-15")
    assert [c for c in changes(paper) if c[1] == "wof:1293184687"] == [
        ("2019-05-08", "wof:1293184687", "government"), ("2019-05-21", "wof:1293184687", "opposition"),
        ("2019-05-26", "wof:1293184687", "government")]  # (a study of 2019 written in 2021: the year holds)
    podcast = ex("GUEST: Saraqib is where the M5 meets the M4. Whoever holds it holds the junction. The army walked in on "
                 "February 6 after the rebels pulled back. That came a week after Maarat al-Numan fell on January 28.\n\n"
                 "GUEST: Khan Tuman fell on the 10th. Meanwhile, you had pro-government channels saying the army had entered "
                 "Sarmin. That just wasn't true; nobody went into Sarmin.", gaz, acts, published="2020-03-04")
    assert changes(podcast) == [("2020-02-06", "wof:890449833", "government"), ("2020-01-28", "wof:1226623337", "government"),
                                ("2020-02-10", "wof:1209102035", "government")]


def test_a_place_list_s_entries_are_about_their_head_place(gaz: Gazetteer, acts: Actors) -> None:
    x = ex("Aleppo, 2016: places on the northern front\n\n"
           "Bani Zaid – north-western residential district on a ridge above the Castello road. Rebel factions pulled out on "
           "27 July 2016, and government troops and allied militias occupied the district the same day.\n\n"
           "Mallah farms – orchards and farmland north of the city; seized by the army and its allies on 7 July 2016, which "
           "put the Castello road under direct fire.\n\n"
           "Sheikh Maqsoud – Kurdish-majority district on a hill in the north of the city, held by the YPG throughout the "
           "war. Opposition factions attacked it from Bani Zaid on 8 April 2016; the assault was repelled.\n", gaz, acts)
    assert changes(x) == [("2016-07-27", "hm:bani-zaid-aleppo", "government"),
                          ("2016-07-07", "hm:mallah-farms-aleppo", "government"),  # (not Malah in as-Suwayda)
                          ("2016-04-08", "hm:sheikh-maqsoud-aleppo", "opposition")]


def test_chronology_entries_that_answer_their_own_claims(gaz: Gazetteer, acts: Actors) -> None:
    for entry in ("29 March 2015 – Reports on opposition social media that al-Mastumah has also fallen prove premature; "
                  "the army remains in the camp.",
                  "28 July 2018: An IS statement claims the recapture of Sahm al-Jawlan; never corroborated and contradicted "
                  "by footage from the town the next day.",
                  "15 March 2019: IS media claims a counter-offensive has retaken Hajin; the SDF says there has been no "
                  "ground fighting in the town, and none is confirmed."):
        assert changes(ex(entry, gaz, acts)) == [], entry
    assert changes(ex("15 March 2019: IS media claims a counter-offensive has retaken Hajin.", gaz, acts)) == [
        ("2019-03-15", "wof:890449895", "isis")]  # (a claim alone stands, marked as claimed)


def test_when_clauses_loyal_fighters_and_counterfactuals(gaz: Gazetteer, acts: Actors) -> None:
    x = ex("Taybat al-Imam changed hands on 30 August 2016, when Jund al-Aqsa drove the army out. Had Qamhana fallen, the "
           "rebels' declared objective would have come within range.", gaz, acts, published="2017-03-30")
    assert changes(x) == [("2016-08-30", "wof:890442371", "opposition")]
    left = ex("Sarrin, further south, fell on 20 September 2014, when the few YPG and FSA fighters there pulled back.", gaz, acts)
    assert ("2014-09-20", "wof:1293374507", "sdf") not in changes(left)
    tribal = ex("Fighters loyal to the Ugaidat tribal confederation overran SDF checkpoints and, over 29-30 August 2023, "
                "seized al-Busayrah and Dhiban.", gaz, acts)
    assert {c[2] for c in changes(tribal)} == {"other"}
    podcast = ex("GUEST: Saraqib is where the M5 meets the M4 to Latakia. Whoever holds it holds the junction. The army walked "
                 "in on February 6 after the rebels pulled back.", gaz, acts, published="2020-03-04")
    assert changes(podcast) == [("2020-02-06", "wof:890449833", "government")]


def test_an_almanac_s_terse_entries_and_a_place_list_s_participles(gaz: Gazetteer, acts: Actors) -> None:
    almanac = ex("KUWEIRES AIR BASE, Aleppo governorate.\n\nEvents of 2015. Army and allied militias open an offensive from "
                 "al-Safira at the end of September. Tell Naam taken 21 Oct.; Tell Sabeen 24 Oct.; Shaykh Ahmad, 3 km from "
                 "the perimeter, 8 Nov.\n\nAn IS statement of 13 Nov. claimed the recapture of Tell Sabeen; no fighting was "
                 "recorded there and the claim was not repeated.", gaz, acts, published="2016-02-20")
    assert changes(almanac) == [("2015-10-21", "wof:1259372531", "government"), ("2015-10-24", "wof:1260171241", "government"),
                                ("2015-11-08", "wof:1210006311", "government")]
    places = ex("Manbij offensive (2016): list of localities\n\nThe SDF offensive was launched on 31 May 2016.\n\n"
                "- Abu Qalqal – taken 3 June 2016.\n- Manbij – encircled on 10 June, when columns met west of the city.\n"
                "- Dadat – village on the Sajur river north of Manbij; occupied without resistance on 16 August after IS "
                "withdrew northwards.\n", gaz, acts)
    assert changes(places) == [("2016-06-03", "wof:1259467475", "sdf"), ("2016-06-10", "wof:1141906291", "sdf"),
                               ("2016-08-16", "wof:1242773663", "sdf")]


def test_a_withdrawal_said_on_the_day_after_an_assault(gaz: Gazetteer, acts: Actors) -> None:
    x = ex("BEIRUT, March 1 (Reuters) - Syrian rebels said on Thursday they had pulled out of the Baba Amr district of Homs, "
           "and activists said government troops had moved into the neighbourhood.\n\nThe ground push began on Wednesday, "
           "when troops stormed the adjoining al-Inshaat district after rebels there fell back, then fought their way into "
           "the northern edge of Baba Amr behind tanks. The lying media of the regime claims that the army has \"cleansed "
           "al-Rastan\". I don't see the factions handing over Ariha.", gaz, acts, published="2012-03-01")
    assert ("2012-03-01", "hm:bab-amr", "government") in changes(x)  # (not the twin of the assault on Wednesday)
    assert ("2012-02-29", "hm:bab-amr", "government") in changes(x)  # (the troops', not the rebels' who fell back)
    assert not {"wof:421178433", "wof:1293760771"} & {c[1] for c in changes(x)}


def test_the_coast_in_march_2025_from_the_ministry_s_page(gaz: Gazetteer, acts: Actors) -> None:
    x = ex("Ministry of Defence: our forces restore full control of the coast\n\nDamascus — The Ministry of Defence said in "
           "a statement on Sunday that its units have completed the restoration of control over the coast.\n\n"
           "On Thursday, groups of outlaws loyal to the former regime ambushed General Security patrols in the Jableh "
           "countryside, killing a number of our personnel. These groups took over positions in the towns of Beit Ana and "
           "al-Daliyah.\n\nOn Friday our forces regained full control of the city of Jableh and cordoned off al-Qardaha.\n\n"
           "On Saturday our forces entered al-Qardaha, and cleansed al-Dalyeh and Beit Ana of the remnants, who fled toward "
           "the forests.", gaz, acts, published="2025-03-09")
    assert sorted(changes(x)) == [
        ("2025-03-06", "wof:1226345375", "other"), ("2025-03-06", "wof:1343270469", "other"),
        ("2025-03-07", "wof:1125967423", "government"), ("2025-03-07", "wof:1310308215", "government"),
        ("2025-03-08", "wof:1226345375", "government"), ("2025-03-08", "wof:1310308215", "government"),
        ("2025-03-08", "wof:1343270469", "government")]
    occupied = ex("On Thursday 6 March 2025 cells of the remnants ambushed patrols, occupied the town of al-Dalyeh and set up "
                  "checkpoints.", gaz, acts)
    assert [c[1] for c in changes(occupied)] == ["wof:1343270469"]


def test_a_lede_s_last_positions_held_by_and_an_appositive_s_years_ago(gaz: Gazetteer, acts: Actors) -> None:
    x = ex("US-backed fighters in Syria say they have taken the last positions held by the Islamic State group in Raqqa, the "
           "city it declared its capital more than three years ago.", gaz, acts, published="2017-10-17")
    assert changes(x) == [("2017-10-17", "wof:421172833", "sdf")]


_REFUTED_OR_UNREAL = (
    "The army claimed on Tuesday to have taken Talbiseh. Footage filmed on Wednesday showed rebels still in the town.",
    "Regime media boasted on Tuesday that Talbiseh had fallen; our fighters are still holding every street of it.",
    "Reports on Tuesday that the army had entered Talbiseh were wide of the mark.",
    "The army did not, in fact, enter Talbiseh on Tuesday, whatever state television said.",
    "Damascus said on Tuesday its forces had retaken Talbiseh, which rebels called a fantasy.",
    "On Tuesday the army said it had retaken Talbiseh. Rebels still control the town, the Observatory said.",
    "The fall of Talbiseh would open the road north.",
    "State media said on Tuesday that the army had captured Talbiseh. Residents said no soldiers had entered the town.",
    "Contrary to reports on Tuesday, the army has not entered Talbiseh.",
    "Should the army take Talbiseh, the road to Homs would open.",
    "Nor has any siege of Talbiseh begun; the army speaks of isolating it in the coming phase.",
    "A pro-government news outlet reported on Tuesday that troops had entered Talbiseh. It has since withdrawn the report.",
    "The source said the door remains open for the surrender of the militants in Talbiseh.",
    "The spokesman described as \"another information stuffing\" reports in Western media that rebels had \"regained\" Talbiseh.",
    "Early-March headlines declaring that the army had taken Talbiseh were wrong.",
    "Opposition media claimed on Tuesday that Talbiseh had been retaken in a counter-attack; we found no corroboration.",
    "If Rastan falls, Talbiseh is cut off from the motorway.",
    "The shelling did not lead to a renewed assault on Talbiseh.",
    "The army is massing troops for an assault on Talbiseh.",
    "Russia proposed on Tuesday that rebels hand over Talbiseh.",
    "It is far from certain that the army can take Talbiseh.",
    "A rebel counter-attack on Talbiseh is reported on Tuesday; it is shelling only, and the line holds.",
    "What the terrorist channels are spreading about the \"mujahideen\" recapturing Talbiseh on Tuesday is a fabrication.",
)
_TOLD = (
    "The army captured Talbiseh on Tuesday.",
    "Regime media boasted on Tuesday that Talbiseh had fallen.",
    "The fall of Talbiseh on Tuesday opened the road north.",
    "The army entered Talbiseh on Tuesday after rebels withdrew; footage showed troops in the town square.",
)


def test_refutations_and_unreal_changes_in_other_words(gaz: Gazetteer, acts: Actors) -> None:
    for text in _REFUTED_OR_UNREAL:
        assert changes(ex("On 1 March 2016. " + text, gaz, acts, published="2016-03-03")) == [], text
    for text in _TOLD:
        assert [c[1] for c in changes(ex("On 1 March 2016. " + text, gaz, acts, published="2016-03-03"))] == [
            "wof:421178429"], text


def test_a_capture_that_clears_the_way_for_an_assault_is_no_fight_there_yet(gaz: Gazetteer, acts: Actors) -> None:
    for verb in ("clears", "cleared", "opens", "paved"):
        x = ex(f"On 1 March 2016 the army took Rastan. The capture of Rastan {verb} the way for an assault on Talbiseh, the "
               "last rebel town on the road.", gaz, acts, published="2016-03-03")
        assert [c[1] for c in changes(x)] == ["wof:421178433"], verb


def test_a_chronology_s_look_ahead_a_saint_s_mar_and_nuns_taken(gaz: Gazetteer, acts: Actors) -> None:
    x = ex("15 November 2013. The army opens an offensive on Qara.\n\n2 December. Rebels seize Maaloula. Twelve nuns are "
           "taken from the Mar Takla convent to Yabroud; they would be released in March of the next year.\n\n10 December. "
           "The army announces it has taken full control of Nabk.", gaz, acts, published=None)
    assert changes(x) == [("2013-11-15", "wof:421167017", "government"), ("2013-12-02", "wof:890442551", "opposition"),
                          ("2013-12-10", "wof:1125978283", "government")]


def test_the_medieval_citadel_a_unit_s_ordinal_and_denied_reports(gaz: Gazetteer, acts: Actors) -> None:
    x = ex("Syrian troops completed the liberation of the city of Palmyra on Thursday, 2 March. On Wednesday units of the 5th "
           "Assault Corps captured the medieval citadel and the Palmyra airport.", gaz, acts, published="2017-03-03")
    assert sorted(changes(x)) == [("2017-03-01", "hm:palmyra-airport", "government"),
                                  ("2017-03-01", "hm:palmyra-citadel", "government"), ("2017-03-02", "wof:421197935", "government")]
    x = ex("Government troops moved into Darayya on 26 August. Rebel officials in Kanaker, for their part, denied reports this "
           "week that they had agreed to hand the town over.", gaz, acts, published="2016-10-21")
    assert [c[1] for c in changes(x)] == ["wof:890449861"]


def test_they_after_fighters_of_a_side_and_a_subordinate_clause_s_army(gaz: Gazetteer, acts: Actors) -> None:
    x = ex("Fighters of the Hayat Tahrir al-Sham-led offensive had taken the towns of Rastan and Talbiseh on Saturday, after the "
           "army withdrew across the Orontes. By Saturday evening they had captured the Homs Military Academy.", gaz, acts,
           published="2024-12-09")
    assert sorted(changes(x)) == [("2024-12-07", "hm:homs-military-academy", "opposition"),
                                  ("2024-12-07", "wof:421178429", "opposition"), ("2024-12-07", "wof:421178433", "opposition")]


def test_the_group_after_the_sdf_is_the_sdf(gaz: Gazetteer, acts: Actors) -> None:
    x = ex("In March, U.S. helicopters ferried SDF fighters across the Euphrates, and they seized the Tabqa air base later that "
           "month. On Monday, the group also took the town of Mansoura, east of Tabqa, the Observatory said.", gaz, acts,
           published="2017-05-10")
    assert ("2017-05-08", "wof:1326536201", "sdf") in changes(x)


def test_with_troops_entering_behind_them_is_the_troops_entry(gaz: Gazetteer, acts: Actors) -> None:
    x = ex("Ahrar al-Sham in Harasta accepted evacuation terms on 21 March, and its fighters had left by 23 March, with troops "
           "entering the town behind them.", gaz, acts, published="2018-04-16")
    assert ("2018-03-23", "wof:1125968475", "government") in changes(x)
    assert ("2018-03-23", "wof:1125968475", "opposition") not in changes(x)


def test_the_airport_is_the_airbase_named_before_not_a_base(gaz: Gazetteer, acts: Actors) -> None:
    x = ex("Islamic State militants captured Tabqa air base on Sunday. On Aug. 7 they had seized the Brigade 93 base near Ain "
           "Issa. Syrian state television said troops had evacuated the airport.", gaz, acts, published="2014-08-25")
    assert "hm:brigade-93-ain-issa" in [c[1] for c in changes(x)]
    assert [e.place_id for e in x.events if e.action == "evacuated"] == ["hm:tabqa-airbase"]


def test_a_xinhua_dateline_with_a_double_hyphen_dates_the_story_not_the_event(gaz: Gazetteer, acts: Actors) -> None:
    x = ex("DAMASCUS, Jan. 21 (Xinhua) -- The Syrian army on Saturday captured the Abu al-Duhur military airport in the "
           "southeastern countryside of Idlib province.", gaz, acts, published="2018-01-21")
    assert changes(x) == [("2018-01-20", "hm:abu-al-duhur-airbase", "government")]


def test_won_the_battle_for_a_district_is_no_fight_there_now(gaz: Gazetteer, acts: Actors) -> None:
    x = ex("Government forces entered Baba Amr on 1 March. Key judgement: the regime has won the battle for Baba Amr but not "
           "the war for Homs.", gaz, acts, published="2012-03-05")
    assert [(e.action, str(e.date)) for e in x.events if e.place_id == "hm:bab-amr" and e.action == "attacked"] == []


def test_round_54_refutations_and_a_group_after_a_when_clause(gaz: Gazetteer, acts: Actors) -> None:
    for text in ("16:25 State television has just said the army has \"restored control\" over Talbiseh. That is hard to square "
                 "with what we are seeing: footage shows rebels walking through the main square.",
                 "The army's news agency claims the capture of Talbiseh, but villagers there report no fighting in the town.",
                 "An offensive on Talbiseh announced by army commanders the same month never materialised."):
        assert changes(ex("On 1 March 2016. " + text, gaz, acts, published="2016-03-03")) == [], text
    x = ex("When fighting broke out between the rebels and the Islamic State of Iraq and the Levant (ISIL) across the north in "
           "January 2014, ISIL took full control of Tell Abyad on 12 January 2014. Suluk, some 20 km to the south-east, fell to "
           "the group two days later.", gaz, acts)
    assert ("2014-01-14", "wof:1343762621", "isis") in changes(x)
    x = ex("After several days of street fighting, rebel brigades led by al-Nusra drove the People's Protection Units (YPG) "
           "out of Tell Abyad on 21 July 2013.", gaz, acts)
    assert changes(x) == [("2013-07-21", "wof:1310429531", "opposition")]


def test_round_54_a_vow_to_reach_a_city_unfounded_reports_and_the_fatemiyoun(gaz: Gazetteer, acts: Actors) -> None:
    x = ex("On 29 November 2024 our forces entered Aleppo. The Military Operations Command promises that our forces will "
           "continue until they reach Hama and beyond.", gaz, acts, published="2024-11-30")
    assert [c[1] for c in changes(x)] == ["wof:421202163"]
    x = ex("On 21 May 2018 the army took Yarmouk. Reports on pro-opposition channels that ISIS had seized parts of al-Tadamon "
           "during the final week were, as far as we can establish, unfounded.", gaz, acts, published="2019-04-10")
    assert [c[1] for c in changes(x)] == ["wof:1192994787"]
    x = ex("Afghan volunteers of the Fatemiyoun Division played a decisive role in the liberation of the ancient city of "
           "Palmyra on Sunday, commanders said.", gaz, acts, published="2016-03-28")
    assert changes(x) == [("2016-03-27", "wof:421197935", "government")]


def test_a_paragraph_that_opens_the_decisive_shifts_came_in_a_year(gaz: Gazetteer, acts: Actors) -> None:
    x = ex("The incursion began on 1 April 2015, when Islamic State fighters pushed north into Yarmouk.\n\nThe decisive shifts "
           "came in 2018. On 20 March ISIS overran the al-Qadam district to the west.", gaz, acts, published="2019-04-10")
    assert ("2018-03-20", "hm:qadam-damascus", "isis") in changes(x)


def test_an_unnamed_taker_after_fell_to_them_and_after_following_the_recapture(gaz: Gazetteer, acts: Actors) -> None:
    x = ex("Government troops took Mayer on 3 February, besieged by rebels since 2012. As rebel lines buckled, the SDF moved east "
           "out of Afrin. Menagh airbase fell to them overnight on 10-11 February. Ain Daqna was taken on Sunday and Tal Rifaat, "
           "the largest rebel town north of Aleppo, on Monday, after most of its fighters withdrew toward Azaz.", gaz, acts,
           published="2016-02-17")
    assert ("2016-02-15", "wof:890449827", "sdf") in changes(x)
    x = ex("Al-Qaryatayn fell to ISIL on 5 August 2015.\n\nFollowing the recapture of Palmyra on 27 March 2016, Tiger Forces and "
           "Hezbollah units turned south-west and advanced through the hills.", gaz, acts)
    assert ("2016-03-27", "wof:421197935", "government") in changes(x)


def test_declared_under_control_and_a_rival_s_claim_called_untrue(gaz: Gazetteer, acts: Actors) -> None:
    x = ex("The army opened its offensive on Sheikh Miskin on 28 December 2015. The town was declared fully under government "
           "control on 25 January 2016, after rebel units withdrew south. A government push on Ibta on 9 February 2016 was "
           "repulsed; rebel claims that the army had abandoned Sheikh Miskin in the following days were untrue.", gaz, acts)
    assert ("2016-01-25", "wof:421198277", "government") in changes(x)
    assert ("wof:421198277", "opposition") not in [(c[1], c[2]) for c in changes(x)]


def test_round_55_a_ceasefire_as_a_time_and_a_place_lost_before_a_comma(gaz: Gazetteer, acts: Actors) -> None:
    x = ex("Government media reported on 17 February 2020 that troops had entered Kafr Amma; the opposition denied this, and the "
           "village was still in rebel hands when the Moscow ceasefire took effect on 5 March.", gaz, acts)
    assert changes(x) == []
    x = ex("On 29 May 2013 government forces overran the al-Dabaa airbase. With Dabaa lost, al-Qusayr was encircled from 30 "
           "May onward.", gaz, acts, published="2013-06-10")
    assert [(e.action, e.gains_bloc) for e in x.events if e.place_id == "wof:421178435"] == [("besieged", "government")]


def test_the_turkistan_islamic_party_is_a_rebel_side(gaz: Gazetteer, acts: Actors) -> None:
    x = ex("On 12 January 2016 the army took Jabal Nuba. A counter-attack led by the Turkistan Islamic Party briefly retook "
           "Jabal Nuba on 19 January.", gaz, acts)
    assert changes(x) == [("2016-01-12", "wof:1293009401", "government"), ("2016-01-19", "wof:1293009401", "opposition")]


def test_the_only_side_named_as_losing_gives_the_place_to_its_enemy(gaz: Gazetteer, acts: Actors) -> None:
    x = ex("Kinsabba itself was captured on 13 February 2016, the rebels withdrawing towards the Idlib border.", gaz, acts)
    assert changes(x) == [("2016-02-13", "wof:1225952837", "government")]
    x = ex("The fall of Hanano on 26 November 2016 unhinged the rebels' entire northern sector.", gaz, acts)
    assert changes(x) == [("2016-11-26", "hm:hanano-aleppo", "government")]


def test_a_weekday_before_an_explicit_day_and_a_change_that_comes_after_another(gaz: Gazetteer, acts: Actors) -> None:
    x = ex("On Monday 26 January our fighters cleared the last positions of the gangs in Kobane. This victory was prepared by the "
           "liberation of the strategic Mishtenur hill on Monday 19 January after fierce clashes.", gaz, acts,
           published="2015-01-27")
    assert [c[0] for c in changes(x) if c[1] == "hm:mishtenur-hill-kobani"] == ["2015-01-19"]
    x = ex("The liberation of Albu Kamal on Thursday comes less than a week after the army announced on Friday, November 3, "
           "that Deir ez-Zor city was entirely cleansed of terrorism.", gaz, acts, published="2017-11-10")
    assert [c[0] for c in changes(x) if c[1] == "wof:890449891"] == ["2017-11-09"]


def test_an_article_s_lede_and_a_garrison_held_since_the_war_s_first_year(gaz: Gazetteer, acts: Actors) -> None:
    x = ex("The siege of Harem was an engagement of the Syrian civil war fought in the autumn of 2012 for Harem (also spelt "
           "Harim). The army had held Harem and its hilltop citadel since the spring of 2012. On 25 December 2012 rebel "
           "battalions stormed the town.", gaz, acts)
    assert [(c[1], c[2]) for c in changes(x) if c[1] == "wof:1310382581"] == [("wof:1310382581", "opposition")]


def test_the_militias_named_so_before_tried_to_regain_a_village(gaz: Gazetteer, acts: Actors) -> None:
    x = ex("Saraqib fell to the Assad militias on 8 February 2020. On 25 February the mujahideen liberated Dadikh. The source "
           "added that the militias tried on Wednesday night to regain Dadikh, but the attempt failed.", gaz, acts,
           published="2020-02-27")
    assert [(e.action, e.gains_bloc) for e in x.events if e.place_id == "wof:1226826151"][-1] == ("attacked", "government")


def test_a_truce_that_was_supposed_to_and_one_agreed_at_a_venue(gaz: Gazetteer, acts: Actors) -> None:
    x = ex("Turkey and its allies captured the border town of Tell Abyad on Oct. 13, 2019, and a Russian-brokered truce was "
           "supposed to freeze the lines.", gaz, acts)
    assert [e.action for e in x.events if e.changes_control] == ["captured"]
    x = ex("Under a Russian-brokered truce agreed at Hmeimim on Tuesday 23 August 2016, NDF fighters are to leave Hasakah.",
           gaz, acts)
    assert "wof:1259882989" not in [e.place_id for e in x.events]


def test_a_claim_meant_to_raise_morale_with_no_soldier_left_there(gaz: Gazetteer, acts: Actors) -> None:
    x = ex("Regime television claimed on Tuesday 19 May 2015 that the army had \"restored control\" over the northern "
           "neighbourhoods of Tadmur. Amaq's correspondent in the city said no regime soldier was left in the northern "
           "neighbourhoods at that time and the claim was meant to raise the morale of its militias.", gaz, acts)
    assert changes(x) == []


def test_the_side_who_tried_to_storm_a_town(gaz: Gazetteer, acts: Actors) -> None:
    x = ex("In Hama countryside, army units on Friday evening foiled an attack by Jund al-Aqsa terrorists who tried to storm "
           "the town of Taybat al-Imam.", gaz, acts, published="2016-08-27")
    assert [(e.action, e.gains_bloc) for e in x.events if e.place_id == "wof:890442371"] == [("attacked", "opposition")]


def test_an_almanac_entry_s_dated_bullet_taken_by_a_side(gaz: Gazetteer, acts: Actors) -> None:
    x = ex("SUKHNAH, AL- (as-Sukhnah, Sokhneh)\n\nDesert town, Tadmur District, Homs Governorate.\n\nControl, 2015-2017:\n"
           "• 13 May 2015. Taken by the Islamic State after the army's small garrison fled west.\n", gaz, acts)
    assert changes(x) == [("2015-05-13", "wof:1260068243", "isis")]


def test_a_later_recapture_tells_who_took_the_places_first(gaz: Gazetteer, acts: Actors) -> None:
    x = ex("Halfaya was overrun on 22 March 2017, and Khattab, on the road to Hama city, was taken a day later. Khattab did not "
           "stay in rebel hands for long: the Tiger Forces recaptured it on 30 March.", gaz, acts)
    assert changes(x) == [("2017-03-22", "wof:1125969035", "opposition"), ("2017-03-23", "wof:1326724089", "opposition"),
                          ("2017-03-30", "wof:1326724089", "government")]


def test_a_sana_dateline_names_where_the_story_was_filed(gaz: Gazetteer, acts: Actors) -> None:
    x = ex("Army enters Darayya\n\nDamascus, SANA – Units of the Syrian Arab Army entered the city of Darayya on Saturday, after "
           "the exit of the last batch of gunmen and their families under the settlement agreement reached on Thursday.", gaz, acts,
           published="2016-08-27")
    assert "wof:421202165" not in [e.place_id for e in x.events]
    assert ("2016-08-27", "wof:890449861", "government") in changes(x)


def test_a_passive_in_a_sentence_that_opens_with_the_side_s_offensive(gaz: Gazetteer, acts: Actors) -> None:
    x = ex("Ain Issa fell to ISIL in 2014. In the YPG-led offensive of June 2015 the Brigade 93 base was taken on 22 June.", gaz,
           acts)
    assert ("2015-06-22", "hm:brigade-93-ain-issa", "sdf") in changes(x)


def test_places_the_reference_lacks_and_a_refuted_claims_side(gaz: Gazetteer, acts: Actors) -> None:
    # places added to the supplement because reporting names them and the reference lacks them
    x = ex("On 5 October 2014 rebels captured Tal al-Harra. On 14 September 2017 the army took Jabal Tharda and "
           "Kabajeb.", gaz, acts)
    assert changes(x) == [("2014-10-05", "hm:tal-al-harra", "opposition"), ("2017-09-14", "hm:jabal-tharda", "government"),
                          ("2017-09-14", "hm:kabajeb", "government")]
    # a refutation ends what the sentence told of the claim: the place named after it ("Daesh media's claim that its
    # fighters 'retook al-Mishlab' is baseless; al-Mishlab is fully secured") is neither the claimant's nor its taker's
    item = next(i for i in HELDOUT if i["name"] == "r49-par-sdf-raqqa-opsroom-2017")
    got = changes(ex(item["text"], gaz, acts, published=str(item["published"])))
    assert ("2017-06-08", "hm:mishlab-raqqa", "sdf") in got
    assert [c for c in got if c[1] == "hm:mishlab-raqqa" and c[2] != "sdf"] == []


def test_round_58_a_live_blogs_late_refutation_an_offensives_owner_and_an_entrys_headword(gaz: Gazetteer, acts: Actors) -> None:
    # a refutation that names its place reaches back past a live blog's later entries
    x = ex("09.40 State television says the army has retaken Sukkari. We cannot check this.\n\n10.25 A rebel commander "
           "says his men pulled out of Salaheddine. The army is in the district now. He says fighters fell back to "
           "Mashhad.\n\n11.50 The Sukkari claim looks wrong. Our correspondent saw rebel checkpoints there at noon.",
           gaz, acts, published="2012-08-09")
    assert [c for c in changes(x) if c[1] == "hm:sukkari-aleppo"] == []
    assert ("2012-08-09", "hm:salaheddine-aleppo", "government") in changes(x)
    # "the army's long-trailed ground offensive on X": the army's, however many words stand between
    x = ex("08.12 Our focus today is Aleppo, where the army's long-trailed ground offensive on the south-western district "
           "of Salaheddine has entered its second day. Rebels swept into Salaheddine on 20 July.", gaz, acts,
           published="2012-08-09")
    assert changes(x) == [("2012-08-09", "hm:salaheddine-aleppo", "government"),
                          ("2012-07-20", "hm:salaheddine-aleppo", "opposition")]
    # an entry headed by its town: "the town" is that town, though the garrison town next door is named nearly as often
    x = ex("SHEIKH MISKIN (al-Shaykh Maskin). Town, Izraa district, on the highway.\n\nThe town and its brigade base "
           "stood between the plain and the Izraa garrison.\n\nThe last army detachment withdrew toward Izraa on 11 "
           "January 2015, leaving the whole town in rebel hands. A rebel vow to carry the fight to Izraa came to nothing.",
           gaz, acts)
    assert changes(x) == [("2015-01-11", "wof:421198277", "opposition")]


def test_round_58_durations_chronology_nominals_retrospects_and_a_refutations_state(gaz: Gazetteer, acts: Actors) -> None:
    # "for two days before being driven out" is how long, not two days earlier
    x = ex("27 February 2016 – ISIS suicide teams infiltrate al-Shaddadi and fight inside the town for two days before "
           "being driven out.", gaz, acts)
    assert changes(x) == [("2016-02-27", "wof:1259983725", "isis")]
    # a chronology line's "… completes its takeover of the valley with the capture of Markadah" is that day's deed
    x = ex("In the Khabur valley of al-Hasakah:\n29 March 2014 – ISIS completes its takeover of the lower Khabur valley "
           "with the capture of Markadah.", gaz, acts)
    assert [c[0] for c in changes(x)] == ["2014-03-29"]
    # "The airport has changed hands before": a retrospect; and the answer to a claim, after a semicolon, tells a
    # state ("… are baseless; the town is under the full control of the revolutionaries")
    for name, place in (("r58-news-jirah-deir-hafer-push-2016", "hm:jirah-airbase"),
                        ("r58-par-latamneh-jaish-izza-2017", "wof:890449831")):
        item = next(i for i in HELDOUT if i["name"] == name)
        got = changes(ex(item["text"], gaz, acts, published=str(item["published"])))
        assert [c for c in got if c[1] == place and c[0] >= str(item["published"] - dt.timedelta(days=1))] == []


def test_a_deals_terms_are_no_change(gaz: Gazetteer, acts: Actors) -> None:
    # "it provided for the evacuation of Zabadani's fighters; for eighteen months almost nothing moved": terms, not deeds
    x = ex("Government troops opened their offensive on Zabadani on 4 July 2015.\n\nA ceasefire took hold on 20 September "
           "2015 and the agreement was signed four days later. On paper it provided for the evacuation of Zabadani's "
           "fighters; for eighteen months almost nothing moved.", gaz, acts, published="2017-04-20")
    assert changes(x) == [("2015-07-04", "wof:890442377", "government")]


def test_round_59_transcripts_flashbacks_allies_and_quoted_denials(gaz: Gazetteer, acts: Actors) -> None:
    # a podcast's turn answers the turn before it; a relative clause's day ("which it took on August 5th") is a
    # flashback that "that evening" does not follow; "the army said it was back in X" is a change
    x = ex("ANNA: This week we are in the desert south-east of Homs.\n\nKARIM: So rewind to Sunday, November 1st. ISIS "
           "comes out of Qaryatayn, which it took on August 5th, and hits Mahin. The next day, the 2nd, Hawarin falls "
           "as well.\n\nANNA: There were reports Hafar had fallen.\n\nKARIM: There were. Someone posted that Hafar was "
           "in ISIS hands. It wasn't true.\n\nANNA: And the government comeback?\n\nKARIM: Then on Monday the army said "
           "it was back in Mahin.", gaz, acts, published="2015-11-27")
    got = changes(x)
    assert ("2015-11-02", "wof:1292981993", "isis") in got and ("2015-11-23", "wof:1343250055", "government") in got
    assert [c for c in got if c[1] == "wof:1243344623"] == []  # Hafar
    # "an SDF spokesman said that was \"not true, not yet\"": denied in the same sentence
    x = ex('Pro-Kurdish accounts reported on Wednesday that SDF fighters had reached Kabbar; an SDF spokesman said that '
           'was "not true, not yet".', gaz, acts, published="2016-05-12")
    assert changes(x) == []
    # "YPG fighters and allied Burkan al-Furat factions": the YPG's; "After the siege of Kobani was broken" dates nothing
    x = ex("After the siege of Kobani was broken, YPG fighters and allied Burkan al-Furat factions recaptured Shuyukh "
           "Fawqani on 26 February 2015, and Shuyukh Tahtani two days later.", gaz, acts)
    assert changes(x) == [("2015-02-26", "wof:1277161777", "sdf"), ("2015-02-28", "wof:1360169155", "sdf")]


def test_round_59_a_weeks_span_an_incredible_report_and_a_belt_cut_off(gaz: Gazetteer, acts: Actors) -> None:
    # a weekly assessment of 1-7 November: "on Friday 3 November" is inside its span, no flashback, and the next
    # sentence's "then pushed into" is that day's
    x = ex("SOUTHERN FRONT MONITOR - Weekly Assessment, 1-7 November 2017\n\nHadar. Shortly after 06:00 on Friday 3 "
           "November a suicide vehicle bomb struck the southern entrance of Hadar. Hayat Tahrir al-Sham fighters then "
           "pushed into the outer houses.\n\nKhan Arnabah. Mortar fire hit Khan Arnabah on 4 and 5 November. "
           "Pro-opposition outlets reported that rebels had entered the town's eastern quarter. Our contacts in the town "
           "describe shelling only; the report is not credible.", gaz, acts, published="2017-11-08")
    assert changes(x) == [("2017-11-03", "wof:1293495113", "opposition")]
    # "left Tafas and Muzayrib cut off from the eastern countryside": split off, not besieged
    x = ex("On 1 July 2018 the defection of Busra al-Harir's fighters left Tafas and Muzayrib cut off from the eastern "
           "countryside.", gaz, acts)
    assert [c for c in changes(x) if c[1] == "wof:421205447"] == []


def test_giving_up_and_a_tried_assaults_side(gaz: Gazetteer, acts: Actors) -> None:
    # "The rebels of Darayya gave up after four years under siege": a surrender; "gave up hope" is none
    x = ex("The rebels of Darayya gave up after four years under siege and were bussed to Idlib under a deal carried out "
           "on August 26. In Zakiyah the elders gave up hope of a deal.", gaz, acts, published="2016-10-14")
    assert changes(x) == [("2016-08-26", "wof:890449861", "government")]
    # "The rebels tried to fight their way out on Thursday with a pre-dawn assault on army lines at X": the rebels'
    # assault, whatever change is told after it
    x = ex("The rebels tried to fight their way out on Thursday with a pre-dawn assault on army lines at Khan Dannoun, "
           "but were beaten back. The rebels of Darayya gave up and were bussed to Idlib on August 26.", gaz, acts,
           published="2016-10-14")
    assert ("2016-10-13", "wof:1243064765", "opposition") in changes(x)


def test_sides_from_the_same_season_and_a_push_launched_by(gaz: Gazetteer, acts: Actors) -> None:
    # a side advancing years before does not stand for the change of this week: "The base fell to … the Nusra Front on
    # Sept. 9, 2015. Saturday's assault followed the capture on Friday of Tell Salmo …" (the army's, as on Saturday)
    x = ex("Syrian army recaptures Abu al-Duhur air base from rebels\n\nBEIRUT, Jan 21 (wire) - Syrian government forces captured the Abu al-Duhur military air base in Idlib province on Saturday.\n\nThe base fell to an insurgent alliance led by the Nusra Front on Sept. 9, 2015, after a siege of nearly two years.\n\nSaturday's assault followed the capture on Friday of Tell Salmo and Tabarat al-Khashir, two villages on the approaches to the airfield, the Syrian Observatory for Human Rights said.\n", gaz, acts, published="2018-01-21")
    assert ("2018-01-19", "wof:1292978119", "government") in changes(x)
    # "A second push, launched by Hayat Tahrir al-Sham and allied factions on March 21, captured Suran": the launcher's
    x = ex('Syrian army retakes Halfaya, April 12 (wire)\n\nHalfaya fell to Jund al-Aqsa fighters on Aug. 29, 2016.\n\nA second push, launched by Hayat Tahrir al-Sham and allied factions on March 21 this year, captured the town of Suran to the east on its first day. Troops re-entered Suran on April 1.\n', gaz, acts, published="2017-04-13")
    assert ("2017-03-21", "wof:890449831", "opposition") in changes(x)


def test_round_60_schedules_negations_outposts_and_answers(gaz: Gazetteer, acts: Actors) -> None:
    # "No other source confirmed that, and footage … showed soldiers walking through the village": refuted
    x = ex("The army captured Jabbul village on Saturday.\n\nThe militants' Amaq outlet claimed on Sunday that IS had "
           "regained Jabbul. No other source confirmed that, and footage aired on state TV on Monday showed soldiers "
           "walking through the village.", gaz, acts, published="2017-03-06")
    assert changes(x) == [("2017-03-04", "wof:1243438721", "government")]
    # "The handover of Rastan … is scheduled for Wednesday": a plan
    x = ex("The handover of Rastan, the largest town in the enclave, is scheduled for Wednesday, the Russian side said.",
           gaz, acts, published="2018-05-08")
    assert changes(x) == []
    # "The army's last outpost at al-Najiyah, on the road to Bdama, was overrun": the outpost's place
    x = ex("The army's last outpost at al-Najiyah, on the road to Bdama, was overrun on 23 April 2015.", gaz, acts)
    assert [c[1] for c in changes(x)] == ["wof:1343934881"]
    # "bombing isn't taking ground, and nobody has moved on Uqayribat"; "no ground force has attempted to enter it"
    x = ex("The army has pounded Uqayribat for weeks. But bombing isn't taking ground, and nobody has moved on Uqayribat "
           "on foot yet.\n\nAir strikes on Kafr Laha are a near-weekly event, but no ground force has attempted to enter "
           "it.", gaz, acts, published="2017-05-19")
    assert changes(x) == []
    # a podcast's "It did say that, and it's just not true" answers the turn before
    x = ex("HOST: IS said on Tuesday it had retaken Shaer.\n\nRAMI: It did say that, and it's just not true. I spoke to "
           "people who were at the field on Wednesday; the army is there.", gaz, acts, published="2017-05-19")
    assert changes(x) == []


def test_round_60_a_vow_until_and_a_clarified_presence(gaz: Gazetteer, acts: Actors) -> None:
    # "this battle will not stop until … the mujahideen reach the Ramouseh garages": a vow; but a place "which fell to
    # the gangs on 9 May" inside such a vow did fall
    x = ex("We promise our people that this battle will not stop until the Air Force Intelligence building falls and the "
           "mujahideen reach the Ramouseh garages, God willing. The battle will not stop until Qalaat al-Madiq, which "
           "fell to Assad's gangs on 9 May 2019, and the villages of the Ghab plain are liberated.", gaz, acts)
    assert changes(x) == [("2019-05-09", "wof:1276435799", "government")]
    # "Some media outlets claimed that brigades of the FSA entered Ashrafiyah … We clarify that no other armed group is
    # present in Ashrafiyah": answered
    x = ex("Some media outlets claimed that brigades of the Free Syrian Army entered Ashrafiyah alongside our units and "
           "raised their flag there. We clarify that no other armed group is present in Ashrafiyah.", gaz, acts,
           published="2013-04-02")
    assert changes(x) == []


def test_a_lists_days_go_with_the_items_they_open(gaz: Gazetteer, acts: Actors) -> None:
    # "on Friday our lions liberated Maar Shurin, on Sunday Deir al-Gharbi": Sunday opens the next item
    x = ex("The Tiger Forces entered Maarat al-Numan this evening. The road to the city was opened in days: on Friday "
           "our lions liberated Maar Shurin, on Sunday Deir "
           "al-Gharbi.", gaz, acts, published="2020-01-28")
    assert changes(x)[1:] == [("2020-01-24", "wof:1242758077", "government"), ("2020-01-26", "wof:1226319779", "government")]
    # but "Rajo 3 Mar, Jandairis 8 Mar": each day follows its place
    x = ex("Recap for the archive, dates the TFSA first entered each town: Rajo 3 Mar, Jandairis 8 Mar.", gaz, acts,
           published="2018-03-20")
    assert [c[0] for c in changes(x)] == ["2018-03-03", "2018-03-08"]


def test_an_activist_committee_speaks_for_the_opposition(gaz: Gazetteer, acts: Actors) -> None:
    # a Local Coordination Committee's statement: "the free men of the city seized the Dabousieh border crossing"
    x = ex("Local Coordination Committee in Tell Kalakh\nUrgent statement - Thursday 20 June 2013\n\nOn Monday regime forces "
           "entered Tell Kalakh from the Homs road.\n\nWe remind the world that Tell Kalakh rose early. On 12 November 2012 "
           "the free men of the city seized the Dabousieh border crossing.", gaz, acts, published="2013-06-20")
    assert ("2012-11-12", "hm:dabousieh-crossing", "opposition") in changes(x)


def test_remaining_under_the_takers_control_confirms_the_taking(gaz: Gazetteer, acts: Actors) -> None:
    # "the army had seized Mughr al-Mir … One rebel group claimed its fighters had recaptured Mughr al-Mir, but SOHR said
    # the report was untrue and the village remained under army control": the claim is denied, the seizure stands
    x = ex("On Tuesday the army had seized the village of Mughr al-Mir, according to a commander in the pro-government "
           "alliance. One rebel group claimed on Thursday that its fighters had recaptured Mughr al-Mir, but the Syrian "
           "Observatory for Human Rights said the report was untrue and the village remained under army control.", gaz,
           acts, published="2017-12-29")
    assert changes(x) == [("2017-12-26", "wof:1209412327", "government")]


def test_a_section_titled_by_its_year(gaz: Gazetteer, acts: Actors) -> None:
    # "2013: the ring and the return" dates the section's "1 November" to 2013, in an explainer of April 2017
    x = ex("Explainer: Why Safira keeps coming back\n\nHere is how control of the area has shifted since 2013.\n\n2013: the "
           "ring and the return\nRebel factions held most of Safira through the first half of 2013. After three weeks of "
           "street fighting the town was back under army control on 1 November. Tall Aran fell to government troops on "
           "7 November.", gaz, acts, published="2017-04-12")
    assert [c[0] for c in changes(x)] == ["2013-11-01", "2013-11-07"]


def test_round_61_a_channels_owner_a_weekday_aside_a_village_and_hill_and_no_independent_sign(gaz: Gazetteer,
                                                                                                  acts: Actors) -> None:
    # a channel headed "[Channel: Liwa al-Mu'tasim fighters — …]": "our men" are the channel's, even after an Amaq post
    x = ex('[Channel: Liwa al-Mu\'tasim fighters — news of the Euphrates Shield fronts]\n\n[02.10.2016 06:40]\nBattle update: at dawn our groups and the other Euphrates Shield factions began storming #Akhtarin from\nthree axes with Turkish artillery support. Fierce clashes now in the eastern quarter. Pray for us.\n\n[03.10.2016 13:15]\nBREAKING. Akhtarin is completely liberated from the Khawarij! Al-Ghaylaniyah and Al-Buraydah fell to our\nmen at the same time. Dozens of Daesh dead in the streets. Allahu akbar.\n\n[04.10.2016 05:55]\nThe Khawarij tried to return to Al-Buraydah before sunrise with a car bomb and infantry. The car was\ndestroyed before reaching our lines and the attack was broken. Our positions are unchanged.\n\n[04.10.2016 21:30]\nCoalition aircraft struck Daesh positions in Ihtaymilat tonight. Huge explosions seen from Akhtarin.\n\n[05.10.2016 16:20]\nOur heroes entered #Turkman_Bareh this afternoon after the Khawarij fled north. Combing of the houses for\nmines is under way. Al-Haradat was also taken in the evening, and the line now runs straight to the east.\n\n[05.10.2016 22:05]\nDaesh\'s Amaq says its "soldiers retook Akhtarin". An old lie. Here is our video from the market square\ntoday, with the brothers of the Hamza Division.\n', gaz, acts, published="2016-10-06")
    assert ("2016-10-03", "wof:1209705415", "opposition") in changes(x)
    # "restored security and stability today, Wednesday, to the town of Deir Hafer"
    x = ex("Statement of the General Command of the Army and the Armed Forces\n\nUnits of our armed forces restored "
           "security and stability today, Wednesday, to the town of Deir Hafer.", gaz, acts, published="2017-03-22")
    assert changes(x) == [("2017-03-22", "wof:1125972691", "government")]
    # "capture the village and hill of Sheikh Aqil": the place named next, not the village told before
    x = ex('2016\n13 November – President Erdogan says that after al-Bab the operation will go on to Manbij; Ankara later drops the goal.\n21 December – TFSA fighters and Turkish troops capture the village and hill of Sheikh Aqil, overlooking al-Bab from the west.\n', gaz, acts)
    assert [c for c in changes(x) if c[0] == "2016-12-21"] == [("2016-12-21", "wof:1343758631", "opposition")]
    # "There is no independent sign of an assault on the town yet"
    x = ex("Government forces shelled Saraqib on Tuesday. There is no independent sign of an assault on the town yet.",
           gaz, acts, published="2020-02-05")
    assert changes(x) == []


def test_a_channels_day_first_stamps(gaz: Gazetteer, acts: Actors) -> None:
    # "Sunday 8/10/2017 19:30" over a post: its "this evening" is 8 October, not the day the page was read
    x = ex("Hama Countryside News Network — Homeland Defence (channel posts)\n\nSunday 8/10/2017 19:30\nDaesh dogs coming "
           "from the Uqayribat direction seized Abu Laffah and Nufaylah from Nusra this evening.\n\nTuesday 10/10/2017 "
           "10:20\nRussian aircraft hammered Nusra gatherings.", gaz, acts, published="2017-10-10")
    assert [c[0] for c in changes(x)] == ["2017-10-08", "2017-10-08"]


def test_lies_with_a_colon(gaz: Gazetteer, acts: Actors) -> None:
    # "… its 'soldiers retook Akhtarin'. Lies: we are in Akhtarin now."
    x = ex("[Channel: Liwa al-Mu'tasim fighters — news of the Euphrates Shield fronts]\n\n[05.10.2016 09:00]\nDaesh's Amaq "
           "says its \"soldiers retook Akhtarin\". Lies: we are in Akhtarin now.", gaz, acts, published="2016-10-06")
    assert changes(x) == []


def test_an_ally_aside_a_promise_an_ordinal_day_and_a_chained_next_day(gaz: Gazetteer, acts: Actors) -> None:
    # ", reportedly alongside Jund al-Aqsa,": an ally's aside, not the subject
    x = ex("Monday: Islamic State fighters, reportedly alongside Jund al-Aqsa, overran Rasm al-Nafl north of Khanaser.",
           gaz, acts, published="2016-02-28")
    assert changes(x) == [("2016-02-22", "wof:1293384437", "isis")]
    # 'Amaq has promised a "conquest of Azaz"': a promise, not a conquest
    x = ex('The IS agency Amaq has promised a "conquest of Azaz"; we see no forces massing for it.', gaz, acts,
           published="2016-06-06")
    assert changes(x) == []
    # "On the tenth of February they take Menagh airbase": the tenth, not the month
    x = ex("In February 2016 the Kurdish-led forces moved north. On the tenth of February they take Menagh airbase.", gaz, acts,
           published="2018-04-03")
    assert [c[:2] for c in changes(x)] == [("2016-02-10", "hm:menagh-airbase")]
    # "retaken a week later, and Tal Hasel the following day": the day after that week, not after the first date
    x = ex("Al-Safira fell to the army on 1 November 2013; Tal Aran was retaken a week later, and Tal Hasel the following day.",
           gaz, acts)
    assert [c[:2] for c in changes(x)] == [("2013-11-01", "wof:890449889"), ("2013-11-08", "wof:1293678795"),
                                           ("2013-11-09", "wof:1193267841")]


def test_a_general_commands_named_villages_points_and_trapped_terrorists(gaz: Gazetteer, acts: Actors) -> None:
    # "… to the town of Deir Hafer and to a number of villages and farms around it, most importantly A, B and C"
    x = ex("Statement of the General Command of the Army and the Armed Forces\n\nUnits of our armed forces restored security "
           "and stability today, Wednesday, to the town of Deir Hafer and to a number of villages and farms around it, most "
           "importantly Tall al-Hamidiyah, Kayariyah and Rasm al-Kurum, after eliminating the last gatherings of the Daesh "
           "terrorist organisation there.", gaz, acts, published="2017-03-22")
    assert changes(x) == [("2017-03-22", p, "government") for p in (
        "wof:1125972691", "wof:1260277815", "wof:1259372609", "wof:1276140911")]
    # "completed the encirclement of the terrorists who fled to the village of X": X is besieged
    x = ex("Our units have completed the encirclement of the terrorists who fled to the village of Jinni al-Salamah south of "
           "Deir Hafer, where they are trapped with no way out.", gaz, acts, published="2017-03-22")
    assert [(e.place_id, e.action) for e in x.events] == [("wof:1327118901", "besieged")]
    # "an attack by Daesh gangs on our points at Rasm al-Nafal"; "a terrorist group attacked army points …" is the enemy
    x = ex("Our units repelled yesterday an attack by Daesh gangs on our points at Rasm al-Nafal.", gaz, acts,
           published="2017-03-22")
    assert [(str(e.date), e.place_id, e.action, e.gains_bloc) for e in x.events] == [
        ("2017-03-21", "wof:1293384437", "attacked", "isis")]
    x = ex("SANA\n\nOn Friday evening, a terrorist group attacked army points on the outskirts of Rityan.", gaz, acts,
           published="2016-02-06")
    assert [(e.place_id, e.action, e.gains_bloc) for e in x.events] == [("wof:1327123965", "attacked", "opposition")]


def test_a_sections_run_in_year_a_gapped_jindires_and_the_regime_as_it(gaz: Gazetteer, acts: Actors) -> None:
    # "Western Aleppo, 2020." opens a section: its February is 2020's, not that of the 2018 named before;
    # "Hamam fell on 21 February after a week of fighting, and Jindires on 8 March": Jindires, with its own date
    x = ex("Hamam, 2015–2018. Turkish-backed factions took Deir Ballut in the first week of February 2018. Hamam fell on 21 "
           "February after a week of fighting, and Jindires on 8 March.\n\nWestern Aleppo, 2020. The government offensive "
           "reached the western Aleppo countryside in February. Army units took Urum al-Kubra on 16 February.", gaz, acts,
           published="2020-03-10")
    assert [c[:2] for c in changes(x)][-3:] == [("2018-02-21", "wof:1259668121"), ("2018-03-08", "wof:1209604917"),
                                                ("2020-02-16", "wof:1310095235")]
    # "The regime has been trying … to advance. It occupied Kafr Nabuda": the regime, not the speaker
    x = ex("Ebaa News Agency\n\nThe mujahideen liberated the village of Tall Mallah on Thursday.\n\nThe regime has been "
           "trying since late April to advance in northern Hama. It occupied Kafr Nabuda on 8 May.", gaz, acts,
           published="2019-06-07")
    assert changes(x)[-1] == ("2019-05-08", "wof:1293184687", "government")
    # "PKK pages claim they have retaken Jindires. LIES.": not the side advancing when "Afrin city is now surrounded"
    x = ex("Hamza Division | official media channel\n\n[04.03.2018 11:20] Our heroes in the National Army, with the support "
           "of the heroic Turkish army, have liberated the town of Rajo from the PKK/YPG terrorists.\n\n[09.03.2018 10:05] "
           "PKK pages claim they have retaken Jindires. LIES. Our fighters are in the main square.\n\n[13.03.2018 22:40] "
           "Afrin city is now surrounded from all sides.", gaz, acts, published="2018-03-18")
    assert [(e.place_id, e.action, e.gains_bloc) for e in x.events if e.action == "besieged"] == [
        ("wof:890436241", "besieged", "opposition")]


def test_a_bare_move_in_and_a_they_after_an_and_clause(gaz: Gazetteer, acts: Actors) -> None:
    # "ISIS pulls out of Tadif, south of al-Bab; Syrian army troops move in": into Tadif, not al-Bab that locates it
    x = ex("26 February 2017 – ISIS pulls out of Tadif, south of al-Bab; Syrian army troops move in the same day.", gaz, acts)
    assert {c[1] for c in changes(x)} == {"wof:890449829"}
    # "IS abandoned Deir Hafer and government units entered it …; nine days later they reached Jabbul": the units
    x = ex("IS abandoned Deir Hafer and government units entered it on 9 March 2017; nine days later they reached Jabbul.",
           gaz, acts)
    assert changes(x)[-1] == ("2017-03-18", "wof:1243438721", "government")


def test_the_terrorists_who_had_overrun_the_two_villages_and_points_near_a_village(gaz: Gazetteer, acts: Actors) -> None:
    text = ("Hama, SANA — Army units restored security and stability on Thursday to the villages of Al-Labd and Mushayrifat "
            "al-Muwaylih, after eliminating the last of the Daesh terrorists who had overrun the two villages on Monday.\n\n"
            "A military source told SANA that army units also established control over the village of Jubb al-Saad.\n\n"
            "The source added that army units thwarted on Wednesday night an attack by Daesh terrorist groups on military "
            "points near the village of Sheikh Hilal.")
    x = ex(text, gaz, acts, published="2016-10-20")
    assert sorted(changes(x)) == [("2016-10-17", "wof:1259672819", "isis"), ("2016-10-17", "wof:1344240627", "isis"),
                                  ("2016-10-19", "wof:1293383675", "isis"),
                                  ("2016-10-20", "wof:1259672819", "government"), ("2016-10-20", "wof:1259766977", "government"),
                                  ("2016-10-20", "wof:1344240627", "government")]
    assert [(str(e.date), e.place_id, e.gains_bloc) for e in x.events if e.action == "attacked"] == [
        ("2016-10-19", "wof:1293383675", "isis")]
    # "a cell of the Daesh terrorist organisation attacked one of our checkpoints": Daesh's cell, not "our" side
    x = ex("Defence ministry statement\n\nOn Wednesday evening a cell of the Daesh terrorist organisation attacked one of our "
           "checkpoints near al-Sukhnah.", gaz, acts, published="2025-04-03")
    assert [(e.place_id, e.gains_bloc) for e in x.events] == [("wof:1260068243", "isis")]


def test_a_hashtag_a_large_attack_from_an_axis_and_nusra_in_2017(gaz: Gazetteer, acts: Actors) -> None:
    # "Terrorists of Jabhat al-Nusra launch a large attack on #Rahjan from the Umm Miyal axis", in a loyalist channel of
    # 2017: Nusra's attack on Rahjan (a hashtag is no word between the trigger and its place; the old name is HTS's)
    x = ex("Hama Countryside News Network — Homeland Defence (channel posts)\n\nSaturday 7/10/2017 22:40\nURGENT | "
           "Terrorists of Jabhat al-Nusra launch a large attack on #Rahjan from the Atshan axis. The heroes\nof the Syrian "
           "Arab Army and the National Defence are confronting them. Pray for our men.", gaz, acts, published="2017-10-10")
    assert [(str(e.date), e.place_id, e.action, e.gains_bloc) for e in x.events] == [
        ("2017-10-07", "wof:1259672709", "attacked", "opposition")]


def test_islamist_brigades_army_checkpoints_and_a_town_above_which(gaz: Gazetteer, acts: Actors) -> None:
    # "fighters from several Islamist brigades overran army checkpoints above the rebel-held town of Salma": the brigades
    # took checkpoints, not Salma; "army checkpoints" names no subject, so the later "they" are the brigades
    x = ex("The offensive began before dawn on Aug. 4, 2013, when fighters from several Islamist brigades overran army "
           "checkpoints above the rebel-held town of Salma. By the evening of Aug. 5, they had taken Blouta, Barouda and "
           "Estarbeh.", gaz, acts, published="2013-08-19")
    assert changes(x) == [("2013-08-05", p, "opposition") for p in ("wof:1309816379", "wof:1242590525", "wof:1276337957")]


def test_ebaa_copy_its_militias_and_a_place_in_the_hands_of(gaz: Gazetteer, acts: Actors) -> None:
    # Ebaa's own copy speaks for HTS: "the gangs" are the government's
    x = ex("Ebaa News Agency | Hama countryside\n\nThe gangs had occupied Kafr Nabudah on 8 May 2019 after weeks of "
           "bombing.", gaz, acts, published="2019-05-22")
    assert changes(x) == [("2019-05-08", "wof:1293184687", "government")]
    # 'claims that its militias had "regained Hamamiyat". … "Hamamiyat and its hill are in the hands of the mujahideen."'
    x = ex('Ebaa News Agency\n\nPages affiliated with the regime circulated claims that its militias had "regained '
           'Hamamiyat". The official dismissed them: "Hamamiyat and its hill are in the hands of the mujahideen."', gaz, acts,
           published="2019-05-22")
    assert changes(x) == []
    assert [(e.place_id, e.gains_bloc, e.certainty) for e in x.events] == [("wof:1327251729", "government", "denied")]


def test_it_was_never_true(gaz: Gazetteer, acts: Actors) -> None:
    x = ex("In 2014 a rebel statement announced the capture of Ashrafiyat Sahnaya, just to the south. It was never true: the "
           "fighters got no further than a poultry farm outside the town.", gaz, acts, published="2021-08-25")
    assert changes(x) == []


def test_an_almanacs_year_dashes_and_dated_participles(gaz: Gazetteer, acts: Actors) -> None:
    # "2014 — 22 September: …" opens a year's entry after a paragraph that named 2013;
    # "2018 — 22 July: Jubata al-Khashab handed over to government forces": a dated line's participle
    x = ex("Hadar (al-Hader), Quneitra Governorate — almanac of the war years\n\nA National Defence Forces unit was raised "
           "there in 2013.\n\n2014 — 22 September: rebel brigades overrun the army checkpoint at Jubata al-Khashab and take "
           "the village.\n\n2018 — 22 July: Jubata al-Khashab handed over to government forces under the Quneitra "
           "settlement.", gaz, acts)
    assert changes(x) == [("2014-09-22", "wof:1226551331", "opposition"), ("2018-07-22", "wof:1226551331", "government")]
    # (a participle after a name outside such a line is no change: "Rebels in Morek captured by surprise an army convoy")
    assert changes(ex("Rebels in Morek captured by surprise an army convoy on 1 February 2014.", gaz, acts)) == []


def test_sealed_off_a_possessive_fall_and_the_town_named_most(gaz: Gazetteer, acts: Actors) -> None:
    x = ex("By 4 January 2016 Muadamiyat al-Sham was sealed off on every side.", gaz, acts)
    assert [(str(e.date), e.place_id, e.action) for e in x.events] == [("2016-01-04", "wof:1326527149", "besieged")]
    # "Daraya's capitulation on 26 August … took away Muadamiya's last reason": Daraya's surrender, no capture of Muadamiya
    x = ex("Daraya's capitulation on 26 August 2016 took away Muadamiyat al-Sham's last reason to hold out.", gaz, acts)
    assert [(str(e.date), e.place_id, e.action) for e in x.events] == [("2016-08-26", "wof:890449861", "surrendered")]
    x = ex("Saraqib's fall to the army on 6 February 2020 opened the M5.", gaz, acts)
    assert changes(x) == [("2020-02-06", "wof:890449833", "government")]
    # no town in the sentences before: "entered the town" is the one the text names most
    x = ex("Muadamiyat al-Sham was besieged in 2016. Talks in Muadamiyat al-Sham went on for months.\n\nIts fighters attacked "
           "army posts on the perimeter of the Mezzeh military airport on 14 September 2016. The assault was repelled. "
           "Under terms agreed in early October, fighters would leave. On Wednesday the last buses left for Idlib province, "
           "and army and police units entered the town that afternoon.", gaz, acts, published="2016-10-21")
    assert changes(x)[-1] == ("2016-10-19", "wof:1326527149", "government")


def test_the_town_is_not_the_one_aircraft_struck_before(gaz: Gazetteer, acts: Actors) -> None:
    # "… while Russian aircraft struck Nawa, the rebels' rear base. … army units took the town centre": not Nawa
    x = ex("The government counter-offensive on Sheikh Maskin opened on 28 December 2015. For four weeks, infantry working "
           "outward from the base advanced street by street, while Russian aircraft struck Nawa, the rebels' rear base. The "
           "decisive moment came on 25 January 2016. The last rebel units withdrew along the road to Nawa, and army units "
           "took the town centre.", gaz, acts, published="2019-06-01")
    assert "wof:421184049" not in {c[1] for c in changes(x)}


def test_an_offensive_of_a_year_and_reoccupied(gaz: Gazetteer, acts: Actors) -> None:
    # "In the government's southern offensive of 2018 …" after a paragraph in 2016: the story is in 2018 now
    x = ex("A state television report in May 2016 that the army had recovered Nahtah was false.\n\nIn the government's "
           "southern offensive of 2018 troops took Malihat al-Atash on 25 June and reoccupied the Brigade 52 base on 26 June. "
           "Army units entered al-Hirak on 28 June.", gaz, acts)
    assert [c for c in changes(x) if c[0] > "2017"] == [("2018-06-25", "wof:1326627789", "government"),
                                                        ("2018-06-26", "hm:brigade-52-hirak", "government"),
                                                        ("2018-06-28", "wof:890428813", "government")]


def test_round_63_residents_elsewhere_and_the_alternative(gaz: Gazetteer, acts: Actors) -> None:
    # "Residents of nearby Tal Kalakh … said there had been no such counter-attack and the army remained in control of
    # the village": the claim on al-Zara is contradicted (Tal Kalakh is only where the residents are)
    x = ex("A rebel spokesman reached by Skype said his men had retaken al-Zara overnight. Residents of nearby Tal Kalakh and "
           "the Observatory said there had been no such counter-attack and the army remained in control of the village.",
           gaz, acts, published="2014-03-10")
    assert changes(x) == []
    # "the alternative was an assault on the town": a threat, not an attack
    x = ex("Officers told the committee that the alternative was an assault on the town of Tal Kalakh.", gaz, acts,
           published="2015-03-10")
    assert changes(x) == []


def test_an_attack_by_sides_trying_to_retake(gaz: Gazetteer, acts: Actors) -> None:
    # "repelled … an attack by the Nusayri army and 'National Defence' militias trying to retake Umm Sahrij": theirs
    x = ex('Amaq Agency: Islamic State fighters repelled on Monday evening an attack by the Nusayri army and "National '
           'Defence" militias trying to retake Umm Sahrij in the eastern Homs countryside, destroying a tank.', gaz, acts, published="2017-07-18")
    assert [(str(e.date), e.place_id, e.action, e.gains_bloc) for e in x.events] == [
        ("2017-07-17", "wof:1209195539", "attacked", "government")]


def test_a_channel_exports_post_stamps(gaz: Gazetteer, acts: Actors) -> None:
    # "[10.10.19 11:02]": a Telegram export's stamp (day.month.two-digit year, then the time) dates its post, and
    # "this morning" in the post is that day's, not the publication day's
    x = ex("Updates (Telegram)\n\n[10.10.19 11:02]\nThe factions of the Syrian National Army have liberated the village of "
           "Tall Akhdar west of Tell Abyad after a swift advance this morning.\n\n[13.10.19 09:15]\nTell Abyad city is "
           "fully liberated! The factions are in the city centre.", gaz, acts, published="2019-10-15")
    assert changes(x) == [("2019-10-10", "wof:1209920379", "opposition"), ("2019-10-13", "wof:1310429531", "opposition")]


def test_a_gazetteer_entry_with_its_article_inverted(gaz: Gazetteer, acts: Actors) -> None:
    # "YARUBIYAH, AL- (…)": the inverted article is no place of its own (the hamlet "Al 'Al" normalises to it), so the
    # entry keeps its headword and its agentless participles are the headword's; "Derik" is al-Malikiyah
    x = ex("YARUBIYAH, AL- (Kurdish Tel Kocer). Border town on the Iraqi frontier, 30 km S of Derik, with a road crossing "
           "to Rabia. Seized from government forces by FSA-affiliated and Islamist brigades on 2 March 2013 after three days "
           "of fighting; captured by the YPG, together with the crossing, on 26 October 2013.", gaz, acts)
    assert changes(x) == [("2013-03-02", "wof:1209931935", "opposition"), ("2013-10-26", "wof:1209931935", "sdf")]
    assert "wof:1209733291" in x.place_ids and "wof:1209015987" not in x.place_ids


def test_round_63_amaq_on_jubb_al_jarrah(gaz: Gazetteer, acts: Actors) -> None:
    # under a masthead line, the headline sums up the body's changes (its twins a few days older); "the Jubb al-Jarrah
    # area, east of Homs, … took full control of the town" is that town; "Nusayri troops" are no village (An Nusayr)
    x = ex("Amaq News Agency | Homs\n\nIslamic State fighters take control of the town of Jubb al-Jarrah and the village of "
           "Umm Sahrij in the eastern Homs countryside\n\nHoms – Amaq Agency: Islamic State fighters launched an attack on Sunday on the positions of "
           "the Nusayri army in the Jubb al-Jarrah area, east of Homs, and took full control of the town and the "
           "neighbouring village of Umm Sahrij.\n\nIslamic State fighters repel an attack on Umm Sahrij\nIslamic State fighters "
           "repelled on Monday evening an attack by the Nusayri army trying to retake Umm Sahrij.\n\nIslamic State fighters have since Tuesday morning besieged dozens of "
           "Nusayri troops in the village of al-Sawwanah.", gaz, acts, published="2017-07-18")
    assert [(str(e.date), e.place_id, e.action) for e in x.events if e.action == "captured"] == [
        ("2017-07-16", "wof:1310589265", "captured"), ("2017-07-16", "wof:1209195539", "captured")]
    assert "wof:1193125481" not in x.place_ids


def test_the_brothers_and_a_sect_word_before_the_place(gaz: Gazetteer, acts: Actors) -> None:
    # a supporters' account: "brothers took X" are the speaker's side; "storm the Nusayri airport in Deir ez-Zor"
    x = ex("Selected posts from a pro-Islamic State Twitter account\n\nDec 4, 2014 - Lions of the Khilafah storm the "
           "Nusayri airport in Deir ez-Zor from 3 directions.\n\nJan 16, 2015 - West of the city: brothers took Ayyash "
           "village and the hills over it after the Nusayri checkpoint collapsed.", gaz, acts, published="2015-01-27")
    assert [(str(e.date), e.place_id, e.action, e.gains_bloc) for e in x.events] == [
        ("2014-12-04", "hm:deir-ez-zor-airbase", "entered", "isis"), ("2015-01-16", "wof:1293683699", "captured", "isis")]


def test_round_64_refutations_of_an_analyst_and_a_bulletin(gaz: Gazetteer, acts: Actors) -> None:
    # "Information … that X had 'regained' Y does not correspond to reality"; "We have found nothing to support this";
    # "later footage shows this did not happen"; "We found no evidence that ISIS re-entered Salba" (two sentences on)
    texts = ['Information spread by Western outlets that militants had "regained" Busr al-Harir in Daraa does not '
             'correspond to reality.',
             'On Thursday, Syrian state media said army units had crossed the river from Mayadin and "liberated" Dhiban. '
             'We have found nothing to support this.',
             "Opposition outlets reported on 28 June that a counterattack had recaptured Jaddil in the Lajat. Local "
             "sources and later footage show this did not happen.",
             "On 5 September, Amaq said ISIS had recaptured Salba in eastern Hama and published a clip. The clip is a "
             "re-edit of older footage. We found no evidence that ISIS re-entered Salba."]
    for text in texts:
        assert changes(ex(text, gaz, acts, published="2018-07-09")) == [], text


def test_a_glossary_whose_dash_is_spaced(gaz: Gazetteer, acts: Actors) -> None:
    # "Kafr Nabudah – Town at …": the spaced dash ends the headword (no "Kafr Nabudah Town"), and "Qastoun – Farming
    # village" is no longer name "Qastoun Farming"; each entry's participles are its headword's
    x = ex("Glossary of places: the Ghab plain, 2015-2019\n\nKafr Nabudah – Town at the north-western edge of the Hama "
           "countryside. Captured by government forces on 8 May 2019 at the start of their spring offensive; retaken by "
           "Hayat Tahrir al-Sham fighters in a counter-attack on 27 May.\n\nQastoun – Farming village in the central "
           "plain. Seized by the Jaish al-Fatah coalition on 29 July 2015 during its push toward Jurin.", gaz, acts)
    assert changes(x) == [("2019-05-08", "wof:1293184687", "government"), ("2019-05-27", "wof:1293184687", "opposition"),
                          ("2015-07-29", "wof:1276968261", "opposition")]


def test_a_chronology_of_zabadani(gaz: Gazetteer, acts: Actors) -> None:
    # "launch a full assault on": the subject's attack, whoever held the town before; "the army pulls back to the
    # heights around Bloudan and the town centre is again in opposition hands": not Bloudan's centre
    x = ex("Chronology: Zabadani and Bloudan, 2012-2015\n\n2012\n11 February – Troops re-enter Zabadani following three "
           "days of shelling.\n28–29 July – Rebels return in strength; the army pulls back to the heights around Bloudan "
           "and the town centre is again in opposition hands.\n\n2015\n3 July – The army and Hezbollah launch a full "
           "assault on Zabadani from three directions.", gaz, acts)
    assert "wof:1310425671" not in {e.place_id for e in x.events}
    assert [(str(e.date), e.place_id, e.action, e.gains_bloc) for e in x.events if e.date.year == 2015] == [
        ("2015-07-03", "wof:890442377", "attacked", "government")]


def test_round_64_sides_of_a_participle_and_of_the_group(gaz: Gazetteer, acts: Actors) -> None:
    # "Rebel brigades … launched an offensive … aimed at breaking a months-long army blockade of the Eastern Ghouta,
    # seizing the villages of Otaya and Deir Salman": an "army blockade" is no subject of the seizing
    x = ex("BEIRUT, Nov 26 (wire) - Rebel brigades on the eastern edge of Damascus launched an offensive on Friday aimed at "
           "breaking a months-long army blockade of the Eastern Ghouta, seizing the villages of Otaya and Deir Salman and "
           "several checkpoints, activists said.", gaz, acts, published="2013-11-26")
    assert [c for c in changes(x) if c[1] != "hm:eastern-ghouta"] == [
        ("2013-11-22", "wof:1277096297", "opposition"), ("2013-11-22", "wof:1327353643", "opposition")]
    # "local factions, facing the Islamic State's advance …, surrendered Mohasan to the group": the side advancing, not
    # the Free Syrian Army named before; "Mohasan" is Muhasan on the Euphrates
    x = ex("Free Syrian Army units took control of Mohasan on 22 November 2012. On 3 July 2014 local factions, facing the "
           "Islamic State's advance along the river, surrendered Mohasan to the group without a fight.", gaz, acts)
    assert changes(x) == [("2012-11-22", "wof:1209807209", "opposition"), ("2014-07-03", "wof:1209807209", "isis")]


def test_an_islamic_state_province_s_apostates(gaz: Gazetteer, acts: Actors) -> None:
    # "Wilayat al-Khayr: …" is the Islamic State's own voice (its province's name begins "al-"); its "apostates" are the
    # enemy it names (here the PKK), and "the mujahideen" are its own
    x = ex("Wilayat al-Khayr: PKK apostates enter the Conoco plant\n\nOn Tuesday the mujahideen repelled an attack by the "
           "apostates on the village of Tabiyah, east of the Euphrates near Khasham, killing a number of them.", gaz, acts,
           published="2017-09-28")
    assert [(str(e.date), e.place_id, e.action, e.gains_bloc, e.loses_bloc) for e in x.events if e.action == "attacked"] == [
        ("2017-09-26", "wof:1310522687", "attacked", "sdf", "isis")]


def test_a_faction_s_gangs_are_its_bloc_s_enemy(gaz: Gazetteer, acts: Actors) -> None:
    # a Jaysh al-Islam statement's "the gangs" (with no enemy named by name): the government, as for any rebel faction
    x = ex("Jaysh al-Islam – Statement\n\nOur mujahideen liberated Hosh al-Farah in the Eastern Ghouta on Sunday. The gangs had stormed the "
           "village on Thursday after a ferocious bombardment.", gaz, acts, published="2016-10-17")
    assert changes(x) == [("2016-10-16", "wof:1226740557", "opposition"), ("2016-10-13", "wof:1226740557", "government")]


def test_a_battle_article_on_kuweires(gaz: Gazetteer, acts: Actors) -> None:
    # "Jabboul, on the edge of the salt lake, on 21 October": an appositive between a listed place and its own day;
    # "the last track … was cut, leaving the base fully surrounded": a siege, not a withdrawal from the base
    x = ex("The army took Tall Na'am, east of Aleppo, on 2 October 2015 and Jabboul, on the edge of the salt lake, on 21 "
           "October.", gaz, acts)
    assert changes(x) == [("2015-10-02", "wof:1259372531", "government"), ("2015-10-21", "wof:1243438721", "government")]
    x = ex("Rebel units moved against Kuweires Airbase in the spring of 2013. Ahrar al-Sham fighters overran the hamlet of "
           "Tall Sab'in, north of the runway, on 13 April 2013, and the following day, 14 April, the last track linking "
           "Kuweires to the Aleppo–al-Bab road was cut, leaving the base fully surrounded.", gaz, acts)
    assert [(str(e.date), e.place_id, e.action, e.gains_bloc) for e in x.events if e.date.day == 14] == [
        ("2013-04-14", "hm:kuweires-airbase", "besieged", "opposition")]


def test_round_65_no_evidence_and_a_village_east_of_a_city(gaz: Gazetteer, acts: Actors) -> None:
    # "Amaq claimed … that its fighters had recaptured Hajj Ali; no evidence supported the claim": refuted in the sentence
    x = ex("Hajj Ali, south of the Tishrin Dam, fell to the SDF on 30 December 2015. The Islamic State's Amaq agency claimed "
           "on 4 January that its fighters had recaptured Hajj Ali; no evidence supported the claim, and SDF positions "
           "there were unchanged.", gaz, acts)
    assert [c for c in changes(x) if c[2] == "isis"] == []
    # "… in Harasta al-Basal (a name the gazetteer lacks), east of Douma, … in control of the village": not the city
    x = ex("Fighters from the Islamic Front overran army positions in Harasta al-Basal, east of Douma, on Tuesday and were in "
           "control of the village by nightfall.", gaz, acts, published="2014-04-10")
    assert "wof:890442375" not in {e.place_id for e in x.events}


def test_an_undated_article_moves_on_to_a_later_year(gaz: Gazetteer, acts: Actors) -> None:
    # "The district was again in the line of fire in 2016. The army entered neighbouring Bani Zaid on 28 July": 2016's
    x = ex("Jamiat al-Zahraa\n\nBy 6 July 2015 government forces had retaken every building lost in Jamiat al-Zahraa.\n\n"
           "The district was again in the line of fire in 2016. The army entered neighbouring Bani Zaid on 28 July after "
           "rebels withdrew overnight.", gaz, acts)
    assert [c for c in changes(x) if c[1] == "hm:bani-zaid-aleppo"] == [("2016-07-28", "hm:bani-zaid-aleppo", "government")]


def test_gazetteer_entries_with_a_parenthesis_then_their_kind(gaz: Gazetteer, acts: Actors) -> None:
    # "Huweija (Arabic: …; also Huwayjah). Village in …": a headword, so "the village" and the entry's participles are
    # its own, not those of Sabkha, whence the troops came
    x = ex("Huweija (Arabic: الحويجة; also Huwayjah). Village in the Sabkha subdistrict of Raqqa Governorate, on the south "
           "bank of the Euphrates. Government troops advancing east from Sabkha entered the village on 13 August 2017.\n\n"
           "Hatla (Arabic: حطلة). Village on the north bank of the Euphrates, east of Deir ez-Zor. Taken by government "
           "forces crossing the river on 18 September 2017.", gaz, acts)
    assert changes(x) == [("2017-08-13", "wof:1193016565", "government"), ("2017-09-18", "wof:1226640425", "government")]


def test_one_sense_per_text_from_a_fairly_sure_mention(gaz: Gazetteer, acts: Actors) -> None:
    # "Tamoura … is a village … in the Haritan subdistrict": resolved there (confidence about 0.74) to the Haritan
    # village, so the bare "Tamoura" of the next section, out of that context's reach, is the same village
    x = ex("Tamoura\n\nTamoura (Arabic: الطامورة, also spelled al-Tamura or Tammura) is a village in northern "
           "Aleppo Governorate, in the Haritan subdistrict of Mount Simeon District. It lies in the low hills "
           "between Hayan and the twin towns of Nubl and al-Zahraa, about 15 km north-west of Aleppo city. In the "
           "2004 census it had a population of 1,937, most of whom worked in olive groves and "
           "quarrying.\n\nSyrian civil war\nLike Hayan and Anadan, Tamoura slipped out of government control "
           "early in the war. The army abandoned its checkpoint at the village entrance on 24 July 2012, and "
           "local Free Syrian Army fighters took over the same day.", gaz, acts)
    assert changes(x) == [("2012-07-24", "wof:1260064743", "opposition")]


def test_a_listed_place_with_an_appositive_and_its_own_day(gaz: Gazetteer, acts: Actors) -> None:
    # "had taken Hteitet al-Turkman, on the road to Damascus airport, on Thursday, and Sbeineh on Nov. 7": Thursday is
    # Hteitet's, nearer than the day told after the next place
    x = ex("DAMASCUS, Nov 18 (Reuters) - The army had taken Hteitet al-Turkman, on the road to Damascus airport, on "
           "Thursday, and Sbeineh on Nov. 7, according to the Syrian Observatory for Human Rights.", gaz, acts,
           published="2013-11-18")
    assert [(str(e.date), e.place_text) for e in x.events] == [("2013-11-14", "Hteitet al-Turkman"), ("2013-11-07", "Sbeineh")]


def test_it_is_not_the_place_of_an_appositive(gaz: Gazetteer, acts: Actors) -> None:
    # "Yadudah, on the western outskirts of Deraa, agreed to the same terms on Wednesday and troops entered it": Yadudah
    x = ex("Tal Shihab accepted the surrender terms on Tuesday. Yadudah, on the western outskirts of Deraa, agreed to the same "
           "terms on Wednesday and troops entered it hours later.", gaz, acts, published="2018-07-19")
    assert "wof:421197257" not in {e.place_id for e in x.events}
    assert ("2018-07-18", "wof:1293287953", "government") in changes(x)


def test_declared_completely_secure(gaz: Gazetteer, acts: Actors) -> None:
    # "army units had earlier, on Friday, declared Jisrin completely secure": taken (but a capital "declared fully
    # secure" after a pocket falls is no change of its own)
    x = ex("Damascus Countryside, SANA – The reporter added that army units had earlier, on Friday, declared Jisrin "
           "completely secure after fierce clashes in the Eastern Ghouta.", gaz, acts, published="2018-03-18")
    assert changes(x) == [("2018-03-16", "wof:1259674379", "government")]
    x = ex("Syrian army declares Damascus fully secure after Yarmouk pocket falls", gaz, acts, published="2018-05-21")
    assert "wof:421202165" not in {c[1] for c in changes(x)}


def test_it_is_not_the_town_whose_outskirts_locate_the_place(gaz: Gazetteer, acts: Actors) -> None:
    # "recaptured the village of Sabboura on the western outskirts of Damascus on Thursday, two days after rebels seized
    # it …, a watchdog said Saturday": Sabboura, two days before Thursday (not Damascus, not the day it was said)
    x = ex("DAMASCUS, Feb 2, 2013 (AFP) - Syrian troops recaptured the village of Sabboura on the western outskirts of "
           "Damascus on Thursday, two days after rebels seized it in a surprise attack on the highway to Lebanon, a "
           "watchdog said Saturday.", gaz, acts, published="2013-02-02")
    assert changes(x) == [("2013-01-31", "wof:1242797809", "government"), ("2013-01-29", "wof:1242797809", "opposition")]


def test_a_region_naming_the_village_it_holds_is_not_taken(gaz: Gazetteer, acts: Actors) -> None:
    # "Syrian army takes another Qalamoun village": the Qalamoun only says where the village is
    x = ex("Syrian army takes another Qalamoun village as rebels strike back east of Damascus", gaz, acts, published="2014-04-10")
    assert "hm:qalamoun-mountains" not in {e.place_id for e in x.events}


def test_they_is_not_the_side_whose_checkpoints_were_overrun(gaz: Gazetteer, acts: Actors) -> None:
    x = ex("Rebel brigades overran the army checkpoints at Mansoura in January 2013, and on 22 July 2013 they took Khan "
           "al-Asal, the last government position in the area, after a months-long fight.", gaz, acts, published="2020-12-14")
    assert ("2013-07-22", "wof:1209905895", "opposition") in changes(x)


def test_troops_moving_in_to_a_place_the_gazetteer_does_not_know(gaz: Gazetteer, acts: Actors) -> None:
    # "Mansoura followed two days later, when … government troops moved in": Mansoura, not Khan al-Asal again
    x = ex("Khan al-Asal fell to them on 10 February. Mansoura followed two days later, when HTS and National Front units "
           "pulled back and government troops moved in.", gaz, acts, published="2020-12-14")
    assert [e.place_id for e in x.events if e.changes_control] == ["wof:1209905895", None]


def test_the_side_holding_a_city_loses_its_encirclement(gaz: Gazetteer, acts: Actors) -> None:
    # "Raqqa was encircled for the first time: the ISIS-held city was now cut off": besieged by its enemy, the SDF
    x = ex("The SDF closes the ring. Video posted on 2 July shows SDF fighters at the grain silos across the river from "
           "Raqqa's old city. With Ratla taken, Raqqa was encircled for the first time: the ISIS-held city was now cut off on "
           "the south bank as well as the north.\n\nThe army comes up the south bank. Government forces moved out of the "
           "desert. Sabkha followed on 12 August. ISIS hit back two days later with a suicide car bomb and an infantry "
           "assault on Sabkha's eastern edge; the attack was beaten back.", gaz, acts, published="2017-08-18")
    raqqa = [e for e in x.events if e.place_id == "wof:421172833"]
    assert [(e.action, e.gains_bloc, e.loses_bloc) for e in raqqa] == [("besieged", "sdf", "isis")]


def test_it_as_the_subject_of_a_passive_capture(gaz: Gazetteer, acts: Actors) -> None:
    # "Bulbul, in the far north, was the first district centre to fall: it was taken by Turkish-backed factions on 28
    # January"; but "The loss of Ariha left the isolated Abu al-Duhur airbase …. It was stormed": not Ariha
    x = ex("Six weeks into Operation Olive Branch, the map of Afrin is being redrawn.\n\nBulbul, in the far north, was the "
           "first district centre to fall: it was taken by Turkish-backed factions on 28 January after nearly a week of "
           "fighting.", gaz, acts, published="2018-03-05")
    assert changes(x) == [("2018-01-28", "wof:1260171169", "opposition")]
    x = ex("Nine days later, on 28 May 2015, government forces evacuated Ariha without a fight.\n\nThe loss of Ariha left the "
           "isolated Abu al-Duhur airbase as the last government position in the province's interior. It was stormed by "
           "al-Nusra Front and allied groups and fell on 9 September 2015.", gaz, acts)
    assert "wof:1293760771" not in {c[1] for c in changes(x) if c[0] == "2015-09-09"}


def test_a_town_article_headed_by_a_place_the_gazetteer_calls_a_village(gaz: Gazetteer, acts: Actors) -> None:
    # "Moadamiyet al-Sham … is a town …": "the town" is that one, not Khan al-Shih, named in a warning just before
    x = ex("Moadamiyet al-Sham\n\nMoadamiyet al-Sham (also transliterated Muadamiyat al-Sham, and commonly shortened to "
           "Moadamiyah) is a town in Rural Damascus Governorate, south-west of Damascus.\n\nThe surrender of neighbouring "
           "Daraya on 26 August 2016 left Moadamiyah isolated. Government negotiators warned that Khan al-Shih would be next "
           "if talks elsewhere failed. On 19 October 2016 the remaining fighters left on buses bound for Idlib, and "
           "government forces took over the town the same day.", gaz, acts)
    assert ("2016-10-19", "wof:1326527149", "government") in changes(x)
    assert "wof:1310586815" not in {c[1] for c in changes(x)}


def test_the_day_after_a_relative_aside_is_the_main_clauses(gaz: Gazetteer, acts: Actors) -> None:
    # "A YPG counter-attack on Qastal Jindo, which the Kurdish forces lost last month, was repulsed on Saturday"
    x = ex("Turkish troops entered Sharran on Thursday after the YPG pulled back. A YPG counter-attack on Qastal Jindo, which "
           "the Kurdish forces lost last month, was repulsed on Saturday.", gaz, acts, published="2018-03-05")
    assert [(str(e.date), e.action) for e in x.events if e.place_id == "wof:1226126877" and e.action == "attacked"] == [
        ("2018-03-03", "attacked")]


def test_the_day_before_and_is_the_verb_befores(gaz: Gazetteer, acts: Actors) -> None:
    # "launched their offensive on March 21 and overran Suran and Maardes on March 22": both on the 22nd
    x = ex("HTS, Jaish al-Izza and allied factions launched their offensive on March 21 and overran Suran and Maardes on "
           "March 22.", gaz, acts, published="2017-04-15")
    assert changes(x) == [("2017-03-22", "wof:890449831", "opposition"), ("2017-03-22", "wof:1242761569", "opposition")]


def test_sides_that_only_name_an_evacuation_are_not_its_evacuees(gaz: Gazetteer, acts: Actors) -> None:
    # "Rebels leave 2 Damascus suburbs …, troops move in" is not Damascus; in "The evacuation from Qudsaya … a series of
    # local deals that the government calls 'reconciliations' and the opposition describes as forced displacement" the
    # government did not leave
    x = ex("Rebels leave 2 Damascus suburbs under deal, troops move in\n\nDAMASCUS, Syria (AP) — Syrian troops entered two "
           "rebel-held suburbs northwest of Damascus on Thursday after hundreds of gunmen left on buses for Idlib.\n\nThe "
           "evacuation from Qudsaya was the latest in a series of local deals that the government calls "
           "\"reconciliations\" and the opposition describes as forced displacement.\n\nState TV said army units and "
           "police raised the Syrian flag over the municipal building in Qudsaya. \"Qudsaya is now free of armed men,\" an "
           "official said.", gaz, acts, published="2016-10-14")
    assert "wof:421202165" not in {e.place_id for e in x.events}
    assert [(e.place_id, e.gains_bloc) for e in x.events if e.action == "evacuated"] == [("wof:1226439569", "government")]


def test_they_is_not_the_side_whose_patrol_was_ambushed(gaz: Gazetteer, acts: Actors) -> None:
    # "gunmen loyal to ousted president Bashar Al Assad ambushed a General Security patrol …. By Thursday evening they had
    # taken over the village of Beit Ana": the loyalists ('other' after 8 December 2024), not General Security
    x = ex("The violence erupted on Thursday, when gunmen loyal to ousted president Bashar Al Assad ambushed a General "
           "Security patrol near Dweir Baabda and then stormed checkpoints across the Jableh countryside. By Thursday "
           "evening they had taken over the village of Beit Ana and the hill town of al-Daliyah.", gaz, acts,
           published="2025-03-08")
    assert changes(x) == [("2025-03-06", "wof:1226345375", "other"), ("2025-03-06", "wof:1343270469", "other")]


def test_a_channel_named_by_its_owner_and_the_states_foe_after_the_fall(gaz: Gazetteer, acts: Actors) -> None:
    # "Military Council in Suwayda - official channel": "our factions" are the Druze factions ('other' after 8 December
    # 2024), and so is the side the state's gains are taken from; "armed tribal gangs" are tribal fighters ('other')
    x = ex("Military Council in Suwayda - official channel\n\n[13 July, 23:40]\nArmed tribal gangs attacked the outskirts "
           "of al-Sura al-Kabira tonight. Our men confronted them and forced them to retreat.\n\n[14 July, 09:15]\nColumns of "
           "Julani's \"General Security\" and the so-called defence ministry advanced from the Daraa side and stormed "
           "al-Mazraa after hours of shelling.\n\n[15 July, 10:05]\nAfter "
           "the announcement of the so-called ceasefire, the gangs entered the city of Suwayda from the western entrance "
           "and are now in the main square.\n\n[17 July, 06:50]\nThe last convoys of Julani's gangs left the city at dawn "
           "toward al-Mazraa and Daraa. Suwayda is cleansed of them, and our factions are deployed at all its entrances.",
           gaz, acts, published="2025-07-17")
    assert [(str(e.date), e.place_id, e.gains_bloc, e.loses_bloc) for e in x.events if e.changes_control] == [
        ("2025-07-13", "wof:1226465233", "other", "government"), ("2025-07-14", "wof:1243362997", "government", "other"),
        ("2025-07-15", "wof:421192811", "government", "other"),
        ("2025-07-17", "wof:421192811", "other", "government")]


def test_round_67_refutations_deployments_and_a_deals_bystanders(gaz: Gazetteer, acts: Actors) -> None:
    # "there was no sign the army had entered the town itself"; the coalition "had seen 'no indication' the claim was
    # true"; troops "deployed on Friday into the town of al-Arima"
    x = ex("BEIRUT, Dec 29 (Reuters) - Syrian government troops have moved into frontline areas west of the northern town of "
           "Manbij after Kurdish-led fighters pulled out, a war monitor said on Saturday, but there was no sign the army had "
           "entered the town itself despite a claim by Damascus that it had.\n\nThe army said on Friday it had entered Manbij "
           "and raised the Syrian flag there. The U.S.-led coalition said it had seen \"no indication\" the claim was true."
           "\n\nThe Observatory said several hundred government soldiers deployed on Friday into the town of al-Arima and the "
           "villages of Yalanli and Umm Jalud.", gaz, acts, published="2018-12-29")
    assert changes(x) == [("2018-12-28", "wof:1209025275", "government"), ("2018-12-28", "wof:1226126995", "government"),
                          ("2018-12-28", "wof:1293878179", "government")]
    # "state television said the army had taken 'full control' of Abzimo, but … activists said troops had not entered
    # the village"; "took Sheikh Ali on Saturday and, on Sunday, Kafr Amma and Urum al-Sughra"
    x = ex("Pro-government troops took Sheikh Ali on Saturday and, on Sunday, Kafr Amma and Urum al-Sughra in the western "
           "Aleppo countryside. Syrian state television said the army had taken \"full control\" of Abzimo, but the "
           "Observatory and local activists said troops had not entered the village.", gaz, acts, published="2020-02-18")
    assert changes(x) == [("2020-02-15", "wof:1293873391", "government"), ("2020-02-16", "wof:1209411057", "government"),
                          ("2020-02-16", "wof:1276861089", "government")]
    # "Homs Governor … said … people left aboard buses heading to Jarablus …, ending the implementation of the agreement
    # reached in mid-March": neither Homs nor Jarablus is a party to the deal
    x = ex("Homs Governor Talal al-Barazi told SANA's reporter that around 1,800 people, among them some 600 gunmen, left "
           "aboard buses heading to Jarablus in the northern countryside of Aleppo, bringing to an end the implementation of "
           "the agreement reached in mid-March.", gaz, acts, published="2017-05-21")
    assert not {e.place_id for e in x.events} & {"wof:421168647", "wof:1125967369"}


def test_an_asides_year_and_a_battle_that_had_ended(gaz: Gazetteer, acts: Actors) -> None:
    # "The Jirah military airport, abandoned by the air force in 2013, was taken on 13 May": May 2017, the story's year;
    # "launched … after the end of the battle for Aleppo city": no fight for Aleppo
    x = ex("East Aleppo offensive (January–June 2017)\n\nThe East Aleppo offensive was a Syrian Army campaign against the "
           "Islamic State in the countryside east of Aleppo, launched from around the Kuweires airbase after the end of the "
           "battle for Aleppo city.\n\nThe army took Deir Hafer on 2 April 2017. The Jirah military airport, abandoned by "
           "the air force in 2013, was taken on 13 May.", gaz, acts)
    assert changes(x) == [("2017-04-02", "wof:1125972691", "government"), ("2017-05-13", "hm:jirah-airbase", "government")]


def test_a_town_article_its_old_town_a_hotel_and_the_heights_around_it(gaz: Gazetteer, acts: Actors) -> None:
    # "Maaloula (Arabic: …) is a town …": "they took the old town" is Maaloula's; "the Safir hotel" is no town of al-Safira;
    # "After weeks of air strikes on the heights around Maaloula, … the army and Hezbollah retook the town": Maaloula
    x = ex("Maaloula\n\nMaaloula (Arabic: معلولا) is a town in the Qalamoun Mountains of Rural Damascus Governorate.\n\n"
           "History\nMaaloula stayed largely quiet during the first two years of the uprising. On 4 September 2013 fighters "
           "of the al-Nusra Front entered Maaloula. The rebels returned at the end of November. On 2 December 2013 they took "
           "the old town.\n\nIn early 2014 the army and Hezbollah opened a campaign to clear the "
           "Qalamoun. Yabroud fell to government forces on 16 March 2014. After weeks of air strikes on the heights around "
           "Maaloula, which wrecked the Safir hotel but did not dislodge the rebels, the army and Hezbollah retook the town "
           "on 14 April 2014.", gaz, acts)
    assert changes(x) == [("2013-09-04", "wof:890442551", "opposition"), ("2013-12-02", "wof:890442551", "opposition"),
                          ("2014-03-16", "wof:1125962359", "government"), ("2014-04-14", "wof:890442551", "government")]


def test_a_yearless_month_before_a_dated_day_in_a_list(gaz: Gazetteer, acts: Actors) -> None:
    # "in December and … on 3 January 2017": 2016's December (this crashed the extractor from f2eded9 to 9f21096)
    x = ex("Rebels took Tabqa in December and the army retook it on 3 January 2017.", gaz, acts)
    assert [(str(e.date), e.gains_bloc) for e in x.events] == [("2016-12-01", "opposition"), ("2017-01-03", "government")]


def test_rafidi_is_a_sect_word_not_a_village(gaz: Gazetteer, acts: Actors) -> None:
    # "the two Rafidi villages of al-Fu'ah and Kafriya are now besieged": no village Ar Rafid in Quneitra
    x = ex("Jaysh al-Fatah statement\n\nThe mujahideen liberated Idlib city on Saturday. With the fall of the city, the two "
           "Rafidi villages of al-Fu'ah and Kafriya are now besieged on all sides.", gaz, acts, published="2015-03-28")
    assert "wof:1293106469" not in {e.place_id for e in x.events}
    assert {"wof:1310392609", "wof:1343348707"} <= {e.place_id for e in x.events if e.action == "besieged"}


def test_round_68_a_statements_announcer_and_refutations(gaz: Gazetteer, acts: Actors) -> None:
    # "Statement to the public opinion: … The General Command of the Syrian Democratic Forces announces …": "our forces"
    x = ex("Statement to the public opinion: Tabqa and the Tabqa Dam liberated\n\nThe General Command of the Syrian "
           "Democratic Forces announces to our people and to the world that our forces today, 10 May 2017, completed the "
           "liberation of the city of Tabqa from the mercenaries of Daesh.\n\nThe operation began on 22 March, when our "
           "forces landed on the southern bank of the Euphrates. Four days later our fighters liberated the Tabqa military "
           "airport.\n\nThe claims spread by the Daesh Amaq agency that its mercenaries had retaken the airport last week are "
           "baseless. Daesh mercenaries still hold al-Mansoura, east of Tabqa.", gaz, acts, published="2017-05-10")
    assert {(e.place_id, e.gains_bloc) for e in x.events if e.changes_control} == {
        ("wof:890449887", "sdf"), ("hm:tabqa-airbase", "sdf")}
    # "The terrorists' pages claim tonight that they have 'retaken' al-Nabain. LIES, like everything they publish."
    x = ex("Yesterday the men of the army liberated al-Nabain after a fierce battle. The terrorists' pages claim tonight "
           "that they have \"retaken\" al-Nabain. LIES, like everything they publish.", gaz, acts, published="2014-06-15")
    assert changes(x) == [("2014-06-14", "wof:1344160245", "government")]
    # "A rebel statement … claimed that fighters had re-entered the town, but no such return was confirmed"; "State media
    # said … 'tribal forces' had captured Hajin. A local journalist … told Al-Monitor that no such thing had happened."
    x = ex("On 1 November 2013 government troops took full control of al-Safira, south-east of Aleppo. A rebel statement on "
           "4 November claimed that fighters had re-entered the town, but no such return was confirmed.", gaz, acts)
    assert changes(x) == [("2013-11-01", "wof:890449889", "government")]
    x = ex("Syrian state media said on Tuesday that \"tribal forces\" had captured Hajin, in Deir ez-Zor. A local journalist "
           "in Hajin told Al-Monitor that no such thing had happened.", gaz, acts, published="2023-09-07")
    assert changes(x) == []


def test_ayn_al_islam_is_kobani(gaz: Gazetteer, acts: Actors) -> None:
    # the Islamic State's name for Kobani: "the city of Ayn al-Islam is besieged from the east, the west and the south"
    x = ex("Islamic State - Wilayat Halab\n\nWith this, as of today the city of Ayn al-Islam is besieged from the east, the "
           "west and the south.", gaz, acts, published="2014-09-19")
    assert [(e.place_id, e.action, e.gains_bloc) for e in x.events] == [("wof:1360282145", "besieged", "isis")]


def test_the_camp_an_article_is_about(gaz: Gazetteer, acts: Actors) -> None:
    # "Yarmouk Camp … At first most Palestinian factions tried to keep the camp neutral …. On 17 December Free Syrian Army
    # and al-Nusra Front fighters moved into the camp": Yarmouk, named only in the article's lead
    x = ex("Yarmouk Camp\n\nYarmouk (Arabic: مخيم اليرموك) is a district of Damascus that grew out of a camp set up in 1957 "
           "for Palestinian refugees.\n\nSyrian civil war\n\nAt first most Palestinian factions tried to keep the camp "
           "neutral. On 16 December 2012 an air strike hit the Abd al-Qadir al-Husseini mosque. On 17 December Free Syrian "
           "Army and al-Nusra Front fighters moved into the camp and took most of it.", gaz, acts)
    assert changes(x) == [("2012-12-17", "wof:1192994787", "opposition")]


def test_leaving_a_track_open_and_units_some_of_them_evacuated(gaz: Gazetteer, acts: Actors) -> None:
    # "had encircled the town, leaving only a farm track to the west open to the defenders, and … entered it on 6
    # February": no withdrawal, and the entry is told; "SDF units, some of them evacuated from Tal Rifaat, moved into
    # Deir Hafer": who they are, not an evacuation of Tal Rifaat that day
    x = ex("Saraqib. The advance north along the M5 was rapid. By 5 February regime units had encircled the town, leaving "
           "only a farm track to the west open to the defenders, and regime and Russian-backed units entered it on 6 "
           "February.", gaz, acts, published="2020-02-28")
    assert [(str(e.date), e.action, e.gains_bloc) for e in x.events] == [
        ("2020-02-05", "besieged", "government"), ("2020-02-06", "entered", "government")]
    x = ex("Turkish-backed factions took Tal Rifaat on 1 December. The next day SDF units, some of them evacuated from Tal "
           "Rifaat, moved into Deir Hafer and Maskanah.", gaz, acts, published="2024-12-20")
    assert [e.action for e in x.events if e.place_id == "wof:890449827"] == ["captured"]


def test_a_confirmation_days_later_and_an_attempted_counter_attack(gaz: Gazetteer, acts: Actors) -> None:
    # "State news agency SANA confirmed the capture on Tuesday": Monday's capture, not another on Tuesday; "Rebels
    # attempted a counter-attack on the northern edge of the town … but were repelled": the rebels' attack
    x = ex("BEIRUT (AFP) - Syrian government forces recaptured the strategic town of Sheikh Miskin in southern Daraa province "
           "on Monday, a monitoring group said.\n\nState news agency SANA confirmed the capture on Tuesday, saying troops "
           "had \"restored security and stability\" to the town.\n\nRebels attempted a counter-attack on the northern edge "
           "of the town early on Tuesday but were repelled.", gaz, acts, published="2016-01-26")
    assert changes(x) == [("2016-01-25", "wof:421198277", "government"), ("2016-01-26", "wof:421198277", "opposition")]


def test_round_69_claims_called_false(gaz: Gazetteer, acts: Actors) -> None:
    # "… claimed … that its fighters had seized the al-Omar oil field, a claim the coalition described as false"; "The
    # statements published by the Daesh 'Amaq' agency claiming that its terrorists had recaptured al-Susah … are pure
    # propaganda"
    x = ex("Amaq, the group's news agency, also claimed on 13 October that its fighters had seized the al-Omar oil field, a "
           "claim the coalition described as false.", gaz, acts, published="2018-10-20")
    assert changes(x) == []
    x = ex("The statements published by the Daesh \"Amaq\" agency claiming that its terrorists had recaptured al-Susah in a "
           "counter-attack on 9 March are pure propaganda; our forces hold the village.", gaz, acts, published="2019-03-10")
    assert changes(x) == []


def test_round_69_a_rebel_army_and_the_side_turning_north(gaz: Gazetteer, acts: Actors) -> None:
    # "the newly formed Mujahideen Army, drove ISIL out of al-Atarib": rebels, not the (government) army
    x = ex("Rebel factions, among them units of the Islamic Front and the newly formed Mujahideen Army, drove ISIL out of "
           "al-Atarib on 5 January 2014.", gaz, acts)
    assert changes(x) == [("2014-01-05", "wof:1260064741", "opposition")]
    # "After the capture of Saraqeb …, the army and Russian-backed units turned north …. Khan al-Asal … was taken on 10
    # February": the army's, not the side of a summary's beaten-back counter-attack
    x = ex("Key points\n- An HTS counter-attack on Kafr Naha was beaten back on Tuesday.\n\nBackground. After the capture of "
           "Saraqeb and most of the M5 in Idlib earlier this month, the army and Russian-backed units turned north toward the "
           "remaining opposition pocket on Aleppo's western fringe.\n\nTimeline. Khan al-Asal, the western gateway to the "
           "city on the M5, was taken on 10 February.", gaz, acts, published="2020-02-20")
    assert ("2020-02-10", "wof:1209905895", "government") in changes(x)


def test_denied_this_completely_and_said(gaz: Gazetteer, acts: Actors) -> None:
    # "… claiming that their militias had 'liberated' al-Tamanah last night. Activists inside the town denied this
    # completely and said the factions are still holding their positions."
    x = ex("Pro-Assad pages published pictures claiming that their militias had \"liberated\" al-Tamanah last night. "
           "Activists inside the town denied this completely and said the factions are still holding their positions.",
           gaz, acts, published="2019-08-20")
    assert changes(x) == []


def test_round_70_evidence_and_a_base_still_held(gaz: Gazetteer, acts: Actors) -> None:
    # "Pro-regime outlets claim the army has recaptured Khan Tuman. Available evidence does not support this."; "claimed
    # … that Isis had also taken the T4 airbase …, but the Observatory said the base was still held by the government"
    x = ex("- Pro-regime outlets claim the army has recaptured Khan Tuman. Available evidence does not support this.", gaz, acts,
           published="2013-07-26")
    assert changes(x) == []
    x = ex("Jihadist accounts on social media claimed on Thursday that Isis had also taken the T4 airbase, west of Palmyra, but "
           "the Observatory said the base was still held by the government.", gaz, acts, published="2015-05-21")
    assert changes(x) == []


def test_round_70_the_side_fought_and_where_witnesses_fled(gaz: Gazetteer, acts: Actors) -> None:
    # "fighters overran the crossing and battled government troops on the edges of Kessab. They … entered Kessab itself":
    # the fighters (a bare word no list knows), not the troops they battled
    x = ex("The offensive was launched on Friday by Jabhat al-Nusra and Ahrar al-Sham along the Turkish border. On the first "
           "day, fighters overran a border post and battled government troops on the edges of Kessab. They seized a hilltop "
           "on Saturday, and on Sunday entered Kessab itself.", gaz, acts, published="2014-03-25")
    assert ("2014-03-23", "wof:1209217647", "opposition") in changes(x)
    assert not any(c[2] == "government" for c in changes(x))
    assert {e.gains for e in x.events} <= {"hts", "opposition"}  # (not Turkey, named only as "the Turkish border")
    # "State television said troops had 'restored security' in Kessab. Residents who fled to Latakia city said the town
    # remained in rebel hands": the town they spoke of, not the city they fled to
    x = ex("Syrian state television said on Sunday that troops had \"restored security\" in Kessab. Residents who fled to "
           "Latakia city said the town remained in rebel hands.", gaz, acts, published="2014-03-25")
    assert changes(x) == []


def test_round_70_the_gang_a_tactical_withdrawal_and_sheer_fabrications(gaz: Gazetteer, acts: Actors) -> None:
    # an HTS statement's "which the gang entered": the regime (the speaker's foe), not the speaker
    head = "Hay'at Tahrir al-Sham – Military Media\nStatement on the battles of the Ghab plain\n\n"
    x = ex(head + "Qalaat al-Madiq, which the gang entered on 9 May through the treachery "
           "of the reconciliation collaborators, will return to the liberated areas, God willing.", gaz, acts,
           published="2019-05-29")
    assert changes(x) == [("2019-05-09", "wof:1276435799", "government")]
    # "our brothers carried out a tactical withdrawal from al-Qastoun": a withdrawal from the place named after it
    x = ex(head + "On Friday, after a wave of more than 300 air strikes, our brothers "
           "carried out a tactical withdrawal from al-Qastoun in the Ghab plain to fortified positions.", gaz, acts,
           published="2019-05-29")
    assert changes(x) == [("2019-05-24", "wof:1276968261", "government")]
    # "the claims … that the armed groups had 'retaken' al-Dabaa airport on Tuesday are sheer fabrications"
    x = ex("The source affirmed that the claims circulated by the terrorist-affiliated satellite channels that the armed "
           "groups had \"retaken\" al-Dabaa airport on Tuesday are sheer fabrications.", gaz, acts, published="2013-06-05")
    assert changes(x) == []


def test_round_71_the_story_town_a_lying_teller_and_the_regimes_gangs(gaz: Gazetteer, acts: Actors) -> None:
    # "captured the town of Sheikh Miskeen in Deraa province … the government-held town of Izra … took full control of
    # the town": the town the story is about ("Deraa province" is no mention of the city), not Izra
    x = ex("Syrian army takes southern town of Sheikh Miskeen\n\nSyrian government forces captured the town of Sheikh Miskeen "
           "in Deraa province on Monday, a monitor said.\n\nSheikh Miskeen lies on the road linking Damascus with Deraa city "
           "and with the government-held town of Izra to the east.\n\nThe Observatory said troops took full control of the "
           "town after rebels withdrew towards Nawa. Troops first broke into Sheikh Miskeen on Dec. 28. Insurgents shelled "
           "Izra. The road to Deraa will be opened soon, a source said.", gaz, acts, published="2016-01-26")
    assert {c[1] for c in changes(x)} <= {"wof:421198277"}
    # "We say to the lying regime media, which claims that 'the army has restored control over Maarat al-Numan'"
    x = ex("We say to the lying regime media, which claims that \"the Arab Syrian army has restored control over Maarat "
           "al-Numan\": come and see for yourselves.", gaz, acts, published="2012-10-10")
    assert changes(x) == []
    # "after the criminal regime's gangs abandoned their checkpoints at Jarjanaz": the regime's gangs are the regime
    x = ex("Statement No. 14 – Liwa Ahrar Jabal al-Zawiya, Free Syrian Army\n\nThis victory came after our fighters "
           "liberated the village of Maar Shurin on Monday and cut the international highway, and after the criminal "
           "regime's gangs abandoned their checkpoints at Jarjanaz on Sunday under the blows of our men, who entered the "
           "village the same evening.", gaz, acts, published="2012-10-10")
    assert ("2012-10-07", "wof:1276417627", "opposition") in changes(x)


def test_round_71_a_side_beaten_back_and_the_same_groups(gaz: Gazetteer, acts: Actors) -> None:
    # a pro-government channel: "The terrorists' counterattack on Sukayk overnight has been repelled … KHAN SHAYKHUN IS
    # LIBERATED … Kafr Zita, Latamina and Lahaya are now fully surrounded": the army's, not the side beaten back
    x = ex("Syrian Frontline | Military news\n\n[19.08.2019 10:12]\nURGENT: Tiger Forces units have broken into the "
           "northern outskirts of Khan Shaykhun! Heavy street fighting with Nusra terrorists right now.\n\n"
           "[20.08.2019 08:47]\nThe terrorists' counterattack on Sukayk overnight has been repelled. Up to 30 militants "
           "eliminated.\n\n[21.08.2019 07:05]\nKHAN SHAYKHUN IS LIBERATED!\nSAA units completed clearing the town at dawn "
           "today.\n\n[21.08.2019 07:40]\nKafr Zita, Latamina and Lahaya are now fully surrounded.", gaz, acts,
           published="2019-08-21")
    assert ("2019-08-21", "wof:1125778451", "government") in changes(x)
    assert ("2019-08-21", "wof:1327327459", "government") in changes(x)
    assert not any(c[2] == "opposition" for c in changes(x) if c[0] == "2019-08-21")
    # but a side whose attacks were beaten back is still the side attacking again
    x = ex("A record of failed offensives. On 24 June 2017 a Hayat Tahrir al-Sham-led assault on Madinat al-Baath was "
           "repulsed with heavy losses. An attack on the Druze village of Hadar on 3 November 2017, opened with a car bomb, "
           "was beaten back by local militiamen within a day.", gaz, acts, published="2018-08-02")
    assert [(str(e.date), e.place_id, e.gains_bloc) for e in x.events if e.action == "attacked"] == [
        ("2017-06-24", "wof:1293207919", "opposition"), ("2017-11-03", "wof:1293495113", "opposition")]
    # "They attacked the city of Jableh …, but the attack was repelled. The same groups took over the town of
    # al-Daliyah": the band that attacked, not the ministry's forces
    x = ex("Ministry of Defence – Statement\n\nThe Ministry of Defence announces that its units, in cooperation with the "
           "General Security forces, have restored full control over the city of Jableh and its countryside.\n\nOn Thursday "
           "evening, groups of the former regime's militias and criminal cells, loyal to war criminals who fled justice, "
           "launched coordinated and treacherous attacks on our checkpoints and patrols. They attacked the city of Jableh "
           "from several directions and tried to storm the security headquarters there, but the attack was repelled after "
           "hours of clashes. The same groups took over the town of al-Daliyah in the Jableh countryside and set up "
           "checkpoints on its roads.", gaz, acts, published="2025-03-08")
    assert ("2025-03-06", "wof:1343270469", "other") in changes(x)
    # "What the media of the regime has spread about its militias 'entering Nashabiyah' is a pure lie"
    x = ex("What the media of the regime has spread about its militias \"entering Nashabiyah\" is a pure lie; the town "
           "remains in the hands of the mujahidin.", gaz, acts, published="2016-05-22")
    assert changes(x) == []


def test_leaving_the_two_villages_besieged(gaz: Gazetteer, acts: Actors) -> None:
    # "Rebels cut the last track linking al-Fu'ah and Kafriya to government lines, leaving the two villages besieged": a
    # siege by the rebels, not a withdrawal from the villages
    x = ex("- 2 April 2015: Rebels cut the last track linking al-Fu'ah and Kafriya to government lines, leaving the two "
           "villages besieged.", gaz, acts)
    assert sorted(changes(x)) == [("2015-04-02", "wof:1310392609", "opposition"), ("2015-04-02", "wof:1343348707", "opposition")]
    assert {e.action for e in x.events if e.changes_control} == {"besieged"}


def test_the_lead_side_advancing_and_fighters_driven_from_a_town(gaz: Gazetteer, acts: Actors) -> None:
    # "ISIL drove the remaining FSA and Ahrar al-Sham fighters from Tell Abyad on 12 January": ISIL took it
    x = ex("During the rebel infighting of January 2014, ISIL drove the remaining FSA and Ahrar al-Sham fighters from Tell "
           "Abyad on 12 January and held it for the next seventeen months.", gaz, acts)
    assert changes(x) == [("2014-01-12", "wof:1310429531", "isis")]
    # "the YPG and allied FSA groups advanced from Kobani … Suluk fell on 15 June": the YPG leads, not its ally
    x = ex("In June 2015 the YPG and allied FSA groups advanced from Kobani and from the east. Suluk fell on 15 June.", gaz, acts)
    assert changes(x) == [("2015-06-15", "wof:1343762621", "sdf")]


def test_round_72_refutations_by_residents_footage_and_photos(gaz: Gazetteer, acts: Actors) -> None:
    # ", but residents … said government troops remained there", ", but … said the village had never left the hands of"
    x = ex("The Nusra Front said in a statement that its fighters had also entered the town of Ariha, but residents reached by "
           "The Associated Press said government troops remained there and no fighting had taken place.", gaz, acts,
           published="2015-03-28")
    assert changes(x) == []
    x = ex("Opposition media reported in November 2012 that rebels had also captured the Christian village of Anaz, but "
           "residents and the local church said the village had never left the hands of the army.", gaz, acts)
    assert changes(x) == []
    # "Rebel media then said they had overrun Deir Attiyeh. Geolocated footage does not back this up"
    x = ex("Rebel media then said they had overrun Deir Attiyeh to the north on 19 November 2013. Geolocated footage does not "
           "back this up, and we assess that the town stayed under government control throughout.", gaz, acts)
    assert changes(x) == []
    # "ISIS accounts say they retook it on Sunday, but the photos they posted are geolocated to a different village"
    x = ex("YPG units entered Alishar, to the east, on Saturday. ISIS accounts say they retook it on Sunday, but the photos "
           "they posted are geolocated to a different village and the shadows don't match.", gaz, acts, published="2015-02-03")
    assert changes(x) == [("2015-01-31", "wof:1276640255", "sdf")]
    # "Forces loyal to Syria's new Islamist-led authorities took control of … Deir ez-Zor": the new authorities
    x = ex("DAMASCUS, Dec 12 (AFP) - Forces loyal to Syria's new Islamist-led authorities took control of the eastern city of "
           "Deir ez-Zor on Wednesday after US-backed Kurdish-led fighters withdrew, a war monitor said.", gaz, acts,
           published="2024-12-12")
    assert changes(x) == [("2024-12-11", "wof:421202167", "government")]


def test_round_72_fell_on_a_day_to_and_a_side_in_a_during_phrase(gaz: Gazetteer, acts: Actors) -> None:
    # "The base fell on 6 August 2013 to a coalition of rebel factions": the side after "to", past the date
    x = ex("Menagh Military Airbase is a military airfield north of Aleppo. The army garrison held out for a year, supplied "
           "by government helicopters.\n\nThe base fell on 6 August 2013 to a coalition "
           "of rebel factions and foreign jihadists, after a suicide vehicle bomb destroyed the command building.", gaz, acts)
    assert changes(x) == [("2013-08-06", "hm:menagh-airbase", "opposition")]
    # "During the government's northern Aleppo offensive …, the Syrian Democratic Forces … advanced …. They captured the
    # airbase": the SDF, not the side of the "During" phrase
    x = ex("During the government's northern Aleppo offensive of February 2016, the Syrian Democratic Forces, led by the YPG, "
           "advanced eastwards from Afrin into the rebel-held strip. They captured the Menagh airbase on 10 February 2016 and "
           "Tell Rifaat five days later.", gaz, acts)
    assert {c[2] for c in changes(x)} == {"sdf"}
    # "…, and IS fighters took over the town …. The next day they seized the al-Omar oil field": the side of the last
    # clause, named right after ", and"
    x = ex("During the Islamic State's advance down the Euphrates in the summer of 2014, the al-Nusra Front and allied "
           "factions abandoned al-Mayadin, and IS fighters took over the town on 3 July 2014 without a fight. The next day "
           "they seized the al-Omar oil field, east of the river, from its Nusra guards.", gaz, acts)
    assert ("2014-07-04", "hm:al-omar-oil-field", "isis") in changes(x)


def test_a_date_with_commas_between_the_verb_and_its_object(gaz: Gazetteer, acts: Actors) -> None:
    # "our forces entered on Thursday, 5 December, the villages of Hatla, Marrat, …": the object after the date
    x = ex("Syrian Democratic Forces - Press Release\n\nIn order to fill the vacuum, our forces entered on Thursday, "
           "5 December, the villages of Hatla, Marrat and Khasham after the withdrawal of the government forces.", gaz, acts,
           published="2024-12-06")
    assert sorted(changes(x)) == [("2024-12-05", "wof:1226640425", "sdf"), ("2024-12-05", "wof:1276330927", "sdf"),
                                  ("2024-12-05", "wof:1343949751", "sdf")]


def test_an_appositive_district_of_the_city_is_not_a_second_object(gaz: Gazetteer, acts: Actors) -> None:
    # "pulled out of Salaheddine, the southwestern Aleppo district they had held": Salaheddine, not Aleppo city
    x = ex("ALEPPO, Syria, Aug 9 (Reuters) - Syrian rebels said on Thursday they had pulled out of Salaheddine, the "
           "southwestern Aleppo district they had held for weeks, after a government assault.", gaz, acts, published="2012-08-09")
    assert changes(x) == [("2012-08-09", "hm:salaheddine-aleppo", "government")]


def test_the_base_after_an_offensive_that_reached_a_city(gaz: Gazetteer, acts: Actors) -> None:
    # "during the HTS-led offensive that reached Aleppo, opposition fighters overran the base after its garrison
    # abandoned it": the air base the article is about (not one near Aleppo), and "it" is that base
    x = ex("Abu al-Duhur Military Airbase is an air base in Idlib Governorate.\n\nOn 30 November 2024, during the HTS-led "
           "offensive that reached Aleppo, opposition fighters overran the base after its garrison abandoned it.", gaz, acts)
    assert changes(x) == [("2024-11-30", "hm:abu-al-duhur-airbase", "opposition")]


def test_round_74_evidence_in_a_later_clause_and_a_claim_retracted(gaz: Gazetteer, acts: Actors) -> None:
    # "SANA said the army had 'restored control' of Khan al-Assal. But a military source … acknowledged that troops had
    # pulled back, and the Observatory said the town was entirely in rebel hands": the clause of what was said
    x = ex("State news agency SANA said the army had \"restored control\" of Khan al-Assal and killed large numbers of "
           "terrorists. But a military source quoted by the pro-government al-Watan newspaper acknowledged that troops had "
           "pulled back \"to reposition\", and the Observatory said the town was entirely in rebel hands.", gaz, acts,
           published="2013-07-23")
    assert changes(x) == []
    # "Pro-government outlets reported the capture of Tal Sab'in in the same week, a claim the outlet concerned retracted
    # two days later"
    x = ex("Pro-government outlets reported the capture of Tal Sab'in on 12 November 2015, a claim the outlet concerned "
           "retracted two days later; we do not code it.", gaz, acts)
    assert changes(x) == []
    # but "…, but the SDF said it repelled that attack and that the dam remained under its control" says nothing of the
    # village taken in the sentence before
    x = ex("The Syrian National Army took Khirbet Zamala on 14 January 2025 after an overnight assault, the Syrian "
           "Observatory for Human Rights said. The SNA said in a statement its fighters had also pushed toward the Tishrin "
           "Dam, but the SDF said it repelled that attack and that the dam remained under its control.", gaz, acts)
    assert ("2025-01-14", "wof:1226438471", "opposition") in changes(x)


def test_round_74_a_base_left_as_the_last_post_and_the_advancer_of_the_paragraph(gaz: Gazetteer, acts: Actors) -> None:
    # "…, leaving the airbase as the only government position in the area": the airbase is still held
    x = ex("Tabqa lies on Lake Assad, with the Tabqa military airbase a few kilometres to its south. On 11 February 2013 "
           "rebel factions took the town after a brief fight and seized the dam the same day, leaving the airbase as the "
           "last government position in the area.", gaz, acts)
    assert not [c for c in changes(x) if c[1] == "hm:tabqa-airbase"]
    assert ("2013-02-11", "wof:890449887", "opposition") in changes(x)
    # "Hezbollah and Syrian army units moved against the border villages. Ras al-Maarra was taken on 9 April and Flita
    # two days later.": the side advancing earlier in the paragraph, not the side gaining in the next paragraph
    x = ex("Spring 2014. That spring Hezbollah and Syrian army units moved against the small villages along the border. "
           "Ras al-Maarra was taken on 9 April and Flita two days later.\n\nThat August Nusra Front fighters overran "
           "army posts and pushed into Arsal on 2 August.", gaz, acts, published="2017-08-10")
    assert ("2014-04-09", "wof:1360070853", "government") in changes(x)
    assert ("2014-04-11", "wof:1276426569", "government") in changes(x)


def test_round_74_a_paragraph_label_with_its_year(gaz: Gazetteer, acts: Actors) -> None:
    # "The 2017 push. … ISIS abandoned Tadef on 26 February": the label's year, not the year after the last one named
    x = ex("Relief. Government forces broke the siege of Kuweires air base on 10 November 2015.\n\nThe 2017 push. After "
           "a long pause the army moved north from the base again in January. ISIS abandoned Tadef on 26 February and "
           "government units moved in that afternoon.", gaz, acts, published="2017-04-03")
    assert ("2017-02-26", "wof:890449829", "government") in changes(x)
    assert not [c for c in changes(x) if c[0].startswith("2016")]


def test_round_74_they_is_not_the_subject_of_an_absolute_phrase(gaz: Gazetteer, acts: Actors) -> None:
    # "The rebels … took Jarablus on Wednesday, most Islamic State fighters having withdrawn towards al-Bab. "Jarablus is
    # free," a commander told reporters. On Thursday they captured …": the rebels, not the side of the "having" phrase
    x = ex("The rebels, drawn from Free Syrian Army groups, took Jarablus on Wednesday with little resistance, most "
           "Islamic State fighters having withdrawn towards al-Bab before the assault. \"Jarablus is free,\" a "
           "commander told reporters.\n\nOn Thursday they captured the village of Kaklijah west of the town, a monitor "
           "said.", gaz, acts, published="2016-08-25")
    assert ("2016-08-25", "wof:1293090769", "opposition") in changes(x)


def test_round_74_turkish_posts_a_re_entry_day_and_the_side_of_the_line(gaz: Gazetteer, acts: Actors) -> None:
    x = ex("In its offensive of early 2020 the army encircled Saraqib on 5 February, trapping Turkish observation posts "
           "placed around it, and took the town the next day. Rebel factions backed by Turkish artillery retook the "
           "village of al-Nayrab, west of Saraqib, on 24 February and re-entered Saraqib itself on 27 February. Turkish "
           "drone strikes on army positions near the town went on until the ceasefire of 5 March, which left Saraqib on "
           "the government side of the line.", gaz,
           acts)
    got = changes(x)
    assert ("2020-02-06", "wof:890449833", "government") in got  # (not the side of the posts the army trapped)
    assert ("2020-02-27", "wof:890449833", "opposition") in got  # (the day after "itself", not the day before "and")
    assert not [c for c in got if c[0] == "2020-03-05"]  # (a line drawn, nobody left)


def test_round_75_slipped_into_a_village(gaz: Gazetteer, acts: Actors) -> None:
    # "IS fighters slipped into the village of Kawkab … on Friday night": an entry, of the Kawkab near Hasakah
    x = ex("Islamic State militants fought their way into the southern edge of Hasakah on Thursday. Elsewhere, IS "
           "fighters slipped into the village of Kawkab, below the army's hilltop base north-east of the city, on Friday "
           "night.", gaz, acts, published="2015-06-28")
    assert ("2015-06-26", "wof:1226660123", "isis") in changes(x)


def test_round_75_cleared_of_a_side_on_a_front(gaz: Gazetteer, acts: Actors) -> None:
    # "the villages of Jalik and Ashqan on the eastern front were cleared of IS fighters": the villages (not the front),
    # and IS is the side they were rid of
    x = ex("YPG fighters pressed on around Kobani. On Thursday, the villages of Jalik and Ashqan on the eastern front were "
           "cleared of IS fighters.", gaz, acts, published="2015-02-02")
    assert ("2015-01-29", "wof:1226226631", "sdf") in changes(x)
    assert ("2015-01-29", "wof:1243057503", "sdf") in changes(x)
    x = ex("The villages of Jalik and Ashqan were cleared of IS fighters on Thursday.", gaz, acts, published="2015-02-02")
    assert not [c for c in changes(x) if c[2] == "isis"]


def test_round_75_a_hill_a_relative_clause_hangs_on(gaz: Gazetteer, acts: Actors) -> None:
    # "Mishtenur hill, which YPG fighters captured on 19 January, …": the hill ("hill" is no other word between)
    x = ex("Mishtenur hill, which YPG fighters captured on 19 January, is still in their hands.", gaz, acts,
           published="2015-02-02")
    assert ("2015-01-19", "hm:mishtenur-hill-kobani", "sdf") in changes(x)


def test_round_75_they_after_its_fighters(gaz: Gazetteer, acts: Actors) -> None:
    # "On 1 October its fighters … seized al-Qaryatayn, a town the army had held for a year and a half. Two days later
    # they attacked Mahin": the side of "its fighters", not the army of the relative clause
    x = ex("With the army's best units racing for Deir ez-Zor, ISIS struck behind the lines. On 1 October its fighters, "
           "coming in from the desert to the east, seized al-Qaryatayn, a town the army had held for a year and a half. "
           "Two days later they attacked Mahin, but the assault was beaten back by the NDF garrison.", gaz, acts,
           published="2017-10-30")
    assert ("2017-10-01", "wof:421170787", "isis") in changes(x)
    assert ("2017-10-03", "wof:1343250055", "isis") in changes(x)


def test_round_76_no_troops_inside_the_city(gaz: Gazetteer, acts: Actors) -> None:
    # "the Syrian army announced on 28 December that it had entered Manbij; the coalition and the SDF both said that
    # no government troops were inside the city"
    x = ex("In December 2018 the Syrian army announced on 28 December that it had entered Manbij; the US-led coalition "
           "and the SDF both said that no government troops were inside the city.", gaz, acts)
    assert not [c for c in changes(x) if c[2] == "government"]


def test_round_76_did_not_re_enter_and_a_title_label(gaz: Gazetteer, acts: Actors) -> None:
    # "the army … did not re-enter the town for more than a year": no entry
    x = ex("In February 2012 the army shelled Qusayr. The army kept guns on the hills around it but did not re-enter Qusayr "
           "for more than a year.", gaz, acts)
    assert changes(x) == []
    # a piece's own title and lede name no change of their own
    x = ex("Retrospective: How the Eastern Ghouta Fell, 2013-2018\n\nThe siege began in October 2013.", gaz, acts,
           published="2018-05-10")
    assert not [c for c in changes(x) if c[0] == "2018-05-10"]
    x = ex("What follows are the key moves, from the fall of Maarat al-Numan to the Moscow ceasefire.", gaz, acts,
           published="2020-03-20")
    assert changes(x) == []


def test_round_76_shelling_attacks_on_settlements(gaz: Gazetteer, acts: Actors) -> None:
    # "19 shelling attacks by illegal armed formations were recorded, including on the settlements of …": fire, not attacks
    x = ex("Over the past 24 hours, 19 shelling attacks by illegal armed formations were recorded, including on the "
           "settlements of Kafr Nabudah, Suqaylabiyah and Jurin.", gaz, acts, published="2019-08-23")
    assert changes(x) == []
    assert {e.action for e in x.events} == {"shelling"}


def test_round_77_the_fall_of_a_government_is_no_place_falling(gaz: Gazetteer, acts: Actors) -> None:
    # "…, but not to Suluk, which remained under SNA control through the fall of the Assad government in December 2024"
    x = ex("Tell Abyad was captured by the Syrian National Army on 13 October 2019, and Suluk the following day. Government "
           "troops later deployed to parts of the border, but not to Suluk, which remained under SNA control through the "
           "fall of the Assad government in December 2024.", gaz, acts)
    assert ("2019-10-14", "wof:1343762621", "opposition") in changes(x)
    assert not [c for c in changes(x) if c[0].startswith("2024")]


def test_round_77_an_earlier_year_in_a_leading_phrase(gaz: Gazetteer, acts: Actors) -> None:
    # "…shelled in March 2021. During the offensive in early 2020, the army captured Kafr Naha on 16 February": 2020
    x = ex("The town's hospital was shelled in March 2021.\n\nDuring the government offensive in western Aleppo in early "
           "2020, the army captured Kafr Naha on 16 February, bringing the front closer.", gaz, acts)
    assert ("2020-02-16", "wof:1276221637", "government") in changes(x)


def test_round_74_moved_in_to_the_airport_abandoned(gaz: Gazetteer, acts: Actors) -> None:
    # "the army abandoned the airport on 6 December 2024 and SDF units moved in the same day": into the airport, named
    # by its name (not by the words "moved in", nor the city the article named first)
    x = ex("Deir ez-Zor Airport is a military airport south-east of the city of Deir ez-Zor.\n\nAs government positions in "
           "the east collapsed, the army abandoned the airport on 6 December 2024 and SDF units moved in the same day.",
           gaz, acts)
    assert changes(x) == [("2024-12-06", "hm:deir-ez-zor-airbase", "sdf")]
    assert all(e.place_text != "moved in" for e in x.events)


def test_round_77_factions_sworn_to_the_group(gaz: Gazetteer, acts: Actors) -> None:
    # "After the Islamic State captured al-Mayadin on 3 July 2014, most of Hajin's factions pledged allegiance to the group,
    # and its fighters entered the town the following day": the Islamic State's fighters
    x = ex("In November 2012 armed groups from the local clans drove the police out of Hajin, and the town was then run by a "
           "rebel council in which Jabhat al-Nusra had a growing share.\n\nAfter the Islamic State "
           "captured al-Mayadin on 3 July 2014, most of Hajin's factions pledged allegiance to the group, and its fighters "
           "entered the town without resistance the following day.", gaz, acts)
    assert ("2014-07-04", "wof:890449895", "isis") in changes(x)
    assert not [c for c in changes(x) if c[0] == "2014-07-04" and c[2] != "isis"]


def test_round_78_a_pure_fake_no_forces_reached_it_and_the_town_of_the_lede(gaz: Gazetteer, acts: Actors) -> None:
    x = ex("Statements by the so-called \"White Helmets\" that militants had allegedly returned to Hanano are a pure fake, "
           "not confirmed by any objective data.", gaz, acts, published="2016-11-28")
    assert changes(x) == []
    x = ex("Several pro-government channels on Monday announced the army had \"entered al-Atarib\"; this was premature - "
           "the town was struck from the air but no ground forces reached it.", gaz, acts, published="2020-02-18")
    assert changes(x) == []
    # "… recaptured the town of Kafr Nabudah on Sunday. The town has changed hands three times this month. Troops first
    # took it on May 8, … and a day later, on May 9, captured … Qalaat al-Madiq": it is Kafr Nabudah, and the troops
    # (not the "rebel bastion") took Qalaat al-Madiq
    x = ex("Syrian army retakes Kafr Nabudah\n\nSyrian government forces recaptured the town of Kafr Nabudah on Sunday, "
           "both sides said.\n\nThe town has changed hands three times this month. Troops first took it on May 8, at the "
           "start of an offensive on the southern edge of the last major rebel bastion in Syria, and a day later, on May 9, "
           "captured the hilltop town of Qalaat al-Madiq. Rebels said they would return to Qalaat al-Madiq. Qalaat al-Madiq "
           "and its citadel were shelled overnight.", gaz, acts,
           published="2019-05-27")
    got = changes(x)
    assert ("2019-05-08", "wof:1293184687", "government") in got
    assert ("2019-05-09", "wof:1276435799", "government") in got
    assert not [c for c in got if c[2] == "opposition"]


def test_round_76_the_government_enclave_is_no_subject(gaz: Gazetteer, acts: Actors) -> None:
    # "The militants first split the government enclave in January 2016, when they overran … al-Bughayliyah": the
    # militants (the Islamic State of the report), not the side whose enclave it was
    x = ex("Syrian government forces broke through Islamic State lines on Tuesday near Deir ez-Zor.\n\nThe militants first "
           "split the government enclave in January 2016, when they overran the northwestern suburb of al-Bughayliyah on "
           "Jan. 16.", gaz, acts, published="2017-09-07")
    assert ("2016-01-16", "wof:1326821833", "isis") in changes(x)


def test_round_76_the_attackers_are_the_side_fighting(gaz: Gazetteer, acts: Actors) -> None:
    # "IS suicide bombers struck Suwayda city while gunmen raided villages to its east. In al-Shbiki the attackers overran
    # the village": the Islamic State, not the army of an earlier paragraph
    x = ex("In May the army took the Yarmouk camp on 21 May, and the IS fighters there were bussed out to the desert.\n\n"
           "25 July. Before dawn, IS suicide bombers struck Suwayda city while gunmen raided a string of villages to its "
           "east. In al-Shbiki the attackers overran the village and seized hostages.", gaz, acts, published="2018-11-23")
    assert ("2018-07-25", "wof:1259506163", "isis") in changes(x)
    # "The SDF advanced from the north … From 16 to 18 February the attackers took … al-Shuwayhiyah": the SDF
    x = ex("The al-Shaddadi offensive was launched on 16 February 2016 by the Syrian Democratic Forces against ISIL.\n\n"
           "The SDF advanced from the north along the Khabur river, with coalition aircraft striking ahead of them. On 17 "
           "February the attackers took the village of al-Ghurayri.", gaz, acts)
    assert [c[2] for c in changes(x)] == ["sdf"]
    # "YPG media reported two days later that Rajo had been recaptured. … By 13 March the attackers had encircled Afrin
    # city": the Turkish-backed side, not the side whose media reported
    x = ex("On 3 March Turkish troops and FSA fighters captured Rajo. YPG media reported two days later that Rajo had been "
           "recaptured.\n\nJinderes fell on 8 March after days of shelling. By 13 March the attackers had encircled Afrin "
           "city.", gaz, acts, published="2018-03-20")
    assert not [c for c in changes(x) if c[0] == "2018-03-13" and c[2] == "sdf"]


def test_round_77_a_pair_of_places_shares_the_day_after_it(gaz: Gazetteer, acts: Actors) -> None:
    # "It took Tell Mannas on Monday and Maar Shamshah and Ghadfa on Sunday": both of the pair on Sunday
    x = ex("The army pressed on towards Maarat al-Numan. It took Tell Mannas on Monday and Maar Shamshah and Ghadfa on "
           "Sunday, the Syrian Observatory said.", gaz, acts, published="2020-01-29")
    got = {c[1]: c[0] for c in changes(x)}
    assert got == {"wof:1343341825": "2020-01-27", "wof:1225832111": "2020-01-26", "wof:1209993647": "2020-01-26"}


def test_round_77_a_handover_only_discussed(gaz: Gazetteer, acts: Actors) -> None:
    # "a handover of the town was discussed, but it remained under SDF control": nothing changed hands
    x = ex("SDF fighters took al-Shaddadi in February 2016. After the SDF-Damascus agreement of 10 March 2025, a handover "
           "of the town was discussed, but it remained under SDF control.", gaz, acts)
    assert [c[0] for c in changes(x)] == ["2016-02-01"]


def test_round_79_a_city_named_for_its_villages(gaz: Gazetteer, acts: Actors) -> None:
    # "Syrian army enters Quneitra villages as rebels accept surrender deal": the villages, not Quneitra city
    x = ex("Syrian army enters Quneitra villages as rebels accept surrender deal", gaz, acts, published="2018-07-20")
    assert changes(x) == []


def test_round_79_a_report_that_turned_out_false(gaz: Gazetteer, acts: Actors) -> None:
    # "…, a report that turned out to be false.[3]": as "…, a claim that proved false"
    x = ex("Syrian state television reported in the same week that troops had entered Kafr Nabl, a report that turned out "
           "to be false.[3]", gaz, acts)
    assert changes(x) == []


def test_round_51_refutations_sides_and_the_new_authorities(gaz: Gazetteer, acts: Actors) -> None:
    for text in ("A pro-government television channel reported on Thursday that troops had also entered Kafr Zita. The "
                 "Observatory said there had been no ground advance there.",
                 "Opposition outlets reported on Thursday that rebels had recaptured Mayer; we assess that claim to be false.",
                 "Government outlets reported on Thursday that Taftanaz had been taken. Our coders did not record this as an "
                 "event, because no corroborating source placed government troops in the town.",
                 "On Thursday the criminal regime bombed Busra al-Harir because it has nothing left on the ground there."):
        assert changes(ex(text, gaz, acts, published="2016-02-09")) == [], text
    adra = ex("Fighters from the Nusra Front and the Islam Army broke into Adra before dawn Wednesday.", gaz, acts,
              published="2013-12-13")
    assert {c[2] for c in changes(adra)} == {"opposition"}  # (the Islam Army is Jaysh al-Islam, not the army)
    town = ex("December 2024\nGovernment troops pulled out of Deir Hafer on 1 December, and on 2 December SDF units moving up "
              "from the Euphrates took over the town. On 10 December the SDF left Deir Hafer; units of the Military "
              "Operations Command, now answering to the caretaker government in Damascus, entered the town the next day.",
              gaz, acts)
    assert changes(town) == [("2024-12-02", "wof:1125972691", "sdf"), ("2024-12-11", "wof:1125972691", "government")]


def test_a_side_leading_its_allies_and_a_pluperfect_relative_clause(gaz: Gazetteer, acts: Actors) -> None:
    x = ex("The People's Protection Units, or YPG, and allied Syrian rebel groups took full control of Ain Issa on Tuesday "
           "after IS militants withdrew. A day earlier, the fighters overran the nearby Brigade 93 base, which IS had "
           "captured from Syrian government troops last summer.", gaz, acts, published="2015-06-24")
    assert changes(x) == [("2015-06-23", "wof:1259789621", "sdf"), ("2015-06-22", "hm:brigade-93-ain-issa", "sdf")]
    after = ex("On 14 June 2015 Suluk fell to the YPG and its allies after IS fighters abandoned it overnight.", gaz, acts)
    assert {c[2] for c in changes(after)} == {"sdf"}


def test_a_list_of_settlements_in_the_north_of_a_province(gaz: Gazetteer, acts: Actors) -> None:
    x = ex("Units of the Syrian Arab Army advanced. On 22 August 2019 the settlements of Morek, al-Lataminah, Kafr Zita and "
           "Lahaya in the north of Hama province were freed from illegal armed formations.", gaz, acts)
    assert [c[1] for c in changes(x)] == ["wof:1310188781", "wof:1327327459", "wof:1125966329", "wof:1276975123"]


def test_an_almanac_s_bare_town_is_its_headword(gaz: Gazetteer, acts: Actors) -> None:
    x = ex("PALMYRA (Tadmur). Homs gov., central Syria. Oasis town beside Roman-era ruins.\n\nCivil war. 11 Dec 2016: IS "
           "retakes town after three-day assault; govt garrison withdraws to T4 (Tiyas) airbase. 27 Mar 2016: army declares "
           "town recaptured.", gaz, acts, published="2018-02-01")
    assert ("2016-12-11", "wof:421197935", "isis") in changes(x) and ("2016-03-27", "wof:421197935", "government") in changes(x)


def test_another_clause_s_since_dates_nothing(gaz: Gazetteer, acts: Actors) -> None:
    x = ex("Government forces took Salma on 12 January. Salma had been the opposition's anchor in the mountains since 2012, "
           "and its fall unlocked the ridges around it: Marj Khawkha and Beit Awan were taken. Assaults on the Jubb al-Ahmar "
           "heights have so far been repulsed, most recently on the 20th.", gaz, acts, published="2016-01-27")
    assert not [c for c in changes(x) if c[0].startswith("2012")]
    assert ("2016-01-20", "wof:1360097807", "government") in changes(x)


def test_fell_to_them_is_the_side_that_overran_the_checkpoints(gaz: Gazetteer, acts: Actors) -> None:
    x = ex("Fighters loyal to the Ugaidat tribal confederation overran SDF checkpoints and, over 29-30 August 2023, seized "
           "al-Busayrah and Dhiban. Al-Shuhayl fell to them on 30 August.", gaz, acts)
    assert ("2023-08-30", "wof:1344254011", "other") in changes(x)


def test_a_side_s_own_military_council(gaz: Gazetteer, acts: Actors) -> None:
    x = ex("On 18 September 2017 government troops crossed the Euphrates. Five days later, on 23 September, the SDF's Deir "
           "ez-Zor Military Council took the Conoco gas field, a short drive from the new government bridgehead.", gaz, acts)
    assert changes(x) == [("2017-09-23", "hm:conoco-gas-field", "sdf")]


def test_a_dated_report_s_background_section_ends_in_its_own_year(gaz: Gazetteer, acts: Actors) -> None:
    x = ex("Humanitarian Access Snapshot: Homs City, May 2014\n\nBackground\nGovernment forces retook Baba Amr on 1 March "
           "2012. The army captured al-Khalidiyah on 29 July 2013.\n\nThe evacuation\nThe agreement was reached on 2 May. "
           "Army and National Defence Force units entered Old Homs on 9 May.", gaz, acts, published="2014-05-14")
    assert ("2014-05-09", "hm:old-homs", "government") in changes(x)


def test_a_side_in_a_prominent_role_and_a_weekly_s_headline(gaz: Gazetteer, acts: Actors) -> None:
    x = ex("The offensive launched in early February 2015, with Hezbollah and Iranian officers in prominent roles, took "
           "Deir al-Adas on 10 February and Kafr Nasij two days later.", gaz, acts)
    assert {c[2] for c in changes(x)} == {"government"}
    x = ex("Southern Front Weekly: Rebels Take Bosra al-Sham\n\nSouthern Front brigades entered Bosra al-Sham on 24 March "
           "and completed its capture the following day.", gaz, acts, published="2015-04-03")
    assert [c[0] for c in changes(x)] == ["2015-03-24"]  # (the headline is the body's change, nine days on)


def test_a_road_secured_is_not_the_towns_it_links(gaz: Gazetteer, acts: Actors) -> None:
    x = ex("On 16 February 2020 the army took Huraytan, and the road between Aleppo and the towns of Nubl and al-Zahraa "
           "is fully secured.", gaz, acts)
    assert [c[1] for c in changes(x)] == ["wof:1209805171"]


def test_round_thirty_eight_plans_kurdish_names_and_a_title_s_city(gaz: Gazetteer, acts: Actors) -> None:
    statement = "YPG General Command: statement to the public\n\n"
    x = ex(statement + "On Monday evening our units entered Girê Spî, and by the morning of Tuesday 16 June 2015 the town "
           "had been cleared of mercenaries. Our forces will not stop here. The liberation of Ain Issa and the Brigade 93 "
           "base is the natural continuation of this campaign.", gaz, acts, published="2015-06-16")
    assert {c[1] for c in changes(x)} == {"wof:1310429531"}  # (Girê Spî is Tell Abyad; the rest is a plan)
    x = ex("Jaish al-Fatah - Statement No. 7\nOn the liberation of the city of Jisr al-Shughur\n\nA month after the "
           "liberation of the city of Idlib on 28 March, the mujahideen launched a battle to liberate Jisr al-Shughur. On "
           "Saturday, 25 April, the mujahideen entered the city from the north and west. The regime's media claims that "
           "its forces are still fighting inside the city. This is the same lie they told about Idlib.", gaz, acts,
           published="2015-04-26")
    assert ("2015-04-25", "wof:890449849", "opposition") in changes(x)
    assert not [c for c in changes(x) if c[2] == "government"]


def test_reports_according_to_which_and_an_assault_judged_unlikely(gaz: Gazetteer, acts: Actors) -> None:
    x = ex("Lattakia, SANA - The terrorist groups seized Kassab on 24 March 2014. The military source denied the reports "
           "circulated by channels taking part in the shedding of Syrian blood, according to which the terrorists had taken "
           "control of Qastal Maaf.", gaz, acts, published="2014-06-15")
    assert changes(x) == [("2014-03-24", "wof:1209217647", "opposition")]  # (the denial answers its own report only)
    x = ex("Outlook, 25 March 2018: we judge an assault on Tal Rifaat unlikely while Russian military police remain "
           "deployed nearby.", gaz, acts, published="2018-03-25")
    assert not changes(x)


def test_a_side_that_hailed_the_change(gaz: Gazetteer, acts: Actors) -> None:
    x = ex("Commentary, 20 December 2016\n\nISIS fighters re-entered Palmyra on 11 December. The March recapture was "
           "followed on 3 April 2016 by the retaking of al-Qaryatayn, and Moscow presented both as proof of what Russian "
           "air power could achieve.", gaz, acts, published="2016-12-20")
    assert ("2016-04-03", "wof:421170787", "government") in changes(x)  # (Moscow's, not ISIS's advancing in December)


def test_by_evening_they_held_the_village(gaz: Gazetteer, acts: Actors) -> None:
    x = ex("Coastal clashes\n\nOn Thursday 6 March 2025 insurgents ambushed General Security patrols near Jableh. By "
           "evening they held the village of Beit Ana.", gaz, acts, published="2025-03-08")
    assert changes(x) == [("2025-03-06", "wof:1226345375", "other")]  # ("insurgents" after the fall: the loyalists)


def test_a_siege_broken_told_in_the_passive_or_as_a_break_through(gaz: Gazetteer, acts: Actors) -> None:
    x = ex("On 5 September 2017 the three-year siege of Deir ez-Zor was broken when army units linked up with the garrison.",
           gaz, acts)
    assert changes(x) == [("2017-09-05", "wof:421202167", "government")]
    x = ex("Aleppo, 12 November 2015. On Tuesday troops broke through to Kuweires airbase and lifted an ISIS siege that "
           "had lasted almost two years.", gaz, acts, published="2015-11-12")
    assert changes(x) == [("2015-11-10", "hm:kuweires-airbase", "government")]
    x = ex("The Kurdish push of February 2016 has taken advantage of a government offensive, backed by heavy Russian air "
           "strikes, that broke through to the towns of Nubl and Zahraa on 3 February.", gaz, acts)
    assert {c[2] for c in changes(x)} == {"government"}  # (the offensive's side, not the Kurdish push)


def test_an_infobox_span_s_first_year_and_a_table_aligned_with_spaces(gaz: Gazetteer, acts: Actors) -> None:
    x = ex("Battle of Maarat al-Numan (2019-2020)\n\nDate: 19 December 2019 - 28 January 2020\nLocation: southern Idlib\n\n"
           "Course of the battle\nTroops entered Ghadfa on 23 December. The SAA entered Maarat al-Numan on 28 January.",
           gaz, acts)
    assert [c[0] for c in changes(x)] == ["2019-12-23", "2020-01-28"]
    x = ex("Western Aleppo offensive (February 2020): localities captured\n\nThe table lists settlements in the order "
           "they were taken.\n\n"
           "Date          Locality          Taken by              Notes\n"
           "----------    ---------------   -------------------   ---------------\n"
           "9 Feb 2020    Khan al-Asal      SAA                   after the breach\n"
           "12 Feb 2020   Kafr Naha         —                     assault repelled\n"
           "16 Feb 2020   Haritan           SAA                   rebels left overnight\n", gaz, acts)
    assert [(e.place_id, e.action) for e in x.events if e.changes_control] == [
        ("wof:1209905895", "captured"), ("wof:1276221637", "attacked"), ("wof:1209805171", "captured")]


def test_round_thirty_nine_sides_of_relative_clauses_statements_and_objects(gaz: Gazetteer, acts: Actors) -> None:
    x = ex("Damascus, SANA - The General Command said on Thursday 5 December 2024 that our army fought the terrorist "
           "organisations of Jabhat al-Nusra and their affiliates, which attacked the city of Hama from several axes.",
           gaz, acts)
    assert {c[2] for c in changes(x)} == {"opposition"}  # (who attacked: the antecedent of "which")
    x = ex("Military Council for the Liberation of Syria - urgent\n\nThis afternoon our heroes ambushed a convoy of the "
           "so-called \"General Security\" near Beit Ana and took full control of the village.", gaz, acts,
           published="2025-03-06")
    assert changes(x) == [("2025-03-06", "wof:1226345375", "other")]
    x = ex("SOHR, 24 August 2014: the regime, which lost the base of the 17th Division near al-Raqqa city on the 25th of last "
           "month, has now lost al-Raqqa province.", gaz, acts, published="2014-08-24")
    assert ("2014-07-25", "hm:division-17-raqqa") in [c[:2] for c in changes(x)]
    x = ex("A pro-government newspaper reported on Tuesday 7 September 2021 that the army had entered Tafas, but a resident "
           "said no troops had arrived.", gaz, acts)
    assert not changes(x)
    x = ex("Pro-Turkish accounts claimed on 23 November 2022 that SNA factions had entered Sheikh Issa. An SNA spokesman "
           "later said no ground operation had begun.", gaz, acts)
    assert not changes(x)


def test_these_were_false_and_the_town_the_story_was_about(gaz: Gazetteer, acts: Actors) -> None:
    text = ("Syria Update, 16-22 July 2012\n\nOn Thursday 19 July rebels took Azaz after a ten-day fight. Azaz had anchored "
            "the army's presence on the road to the border.\n\nOpposition activists circulated reports on Friday that Nubl "
            "had fallen; these were false. Government aircraft struck Azaz and Marea repeatedly after the town fell.")
    x = ex(text, gaz, acts, published="2012-07-23")
    assert {c[1] for c in changes(x)} == {"wof:890449873"}  # (Azaz only: not Nubl, nor Marea as "the town")


def test_an_appositive_since_dates_the_place_not_the_change(gaz: Gazetteer, acts: Actors) -> None:
    x = ex("BEIRUT, Feb 17 (Reuters) - On Sunday the army took Hayan and Anadan, rebel strongholds since 2012, along with "
           "Kafr Hamra.", gaz, acts, published="2020-02-17")
    assert {c[0] for c in changes(x)} == {"2020-02-16"}
    x = ex("Aleppo, 8 August 2012. The encirclement of Menagh air base, complete since Monday, is the clearest sign of rebel "
           "strength.", gaz, acts, published="2012-08-08")
    assert [c[0] for c in changes(x)] == ["2012-08-06"]  # (the encirclement's own "since": its day)


def test_a_ministry_s_titled_statement_and_suwayda_s_sides(gaz: Gazetteer, acts: Actors) -> None:
    x = ex("Ministry of Defence: the military operation on the coast has achieved its goals\n\nOn Saturday 8 March 2025, "
           "our units entered Daliyah and Beit Ana, the main strongholds of the remnants.", gaz, acts, published="2025-03-10")
    assert {c[2] for c in changes(x)} == {"government"}  # ("our units": the ministry's)
    x = ex("Statement from the military factions of Suwayda\n\nOn Monday 14 July 2025 the forces of the Damascus authority "
           "stormed the village of Walgha. On Thursday 17 July our men liberated Walgha.", gaz, acts, published="2025-07-18")
    assert changes(x) == [("2025-07-14", "wof:1243171131", "government"), ("2025-07-17", "wof:1243171131", "other")]


def test_round_forty_deals_followers_dropped_claims_and_unlikely_assaults(gaz: Gazetteer, acts: Actors) -> None:
    x = ex("Daraa\n\nThe army entered Tafas on 9 September 2021 after local fighters surrendered their weapons, and Jasim "
           "followed on 15 September.", gaz, acts)
    assert {c[2] for c in changes(x)} == {"government"}  # (Jasim: the side of the change it followed)
    x = ex("Southern offensive, 2018\n\n- 26 June 2018 - Army units capture Busra al-Harir.\n- 30 June 2018 - Rebel "
           "spokesmen claim to have recaptured Busra al-Harir. The army and monitors report no change, and the claim is "
           "later dropped.", gaz, acts)
    assert changes(x) == [("2018-06-26", "wof:1193129627", "government")]
    x = ex("Idlib weekly, 23 August 2019\n\nCommentators name Maarat al-Numan as the next objective, but a ground assault "
           "on the town in the coming fortnight looks unlikely.", gaz, acts, published="2019-08-23")
    assert not changes(x)
    x = ex("BEIRUT, July 4 - Islamic State fighters took Mayadin on Thursday 3 July 2014. The takeover of Mayadin, the "
           "largest town between Deir ez-Zor city and the Iraqi border, followed a cascade of surrenders this week.", gaz, acts,
           published="2014-07-04")
    assert "wof:421202167" not in [c[1] for c in changes(x)]  # (Deir ez-Zor city only locates Mayadin)


def test_a_deal_that_lets_the_besieged_leave_and_any_assault(gaz: Gazetteer, acts: Actors) -> None:
    x = ex("Raqqa, 2017\n\n- 29 June 2017 - The SDF completes the encirclement of Raqqa.\n- 14 October 2017 - A deal "
           "brokered by local elders lets Syrian ISIS members and their families leave the city.", gaz, acts)
    assert changes(x)[-1] == ("2017-10-14", "wof:421172833", "sdf")  # (to the besieger: ISIS members leave)
    x = ex("Tabqa controlled the main crossing over Lake Assad. Its capture in May 2017 was regarded as a precondition for "
           "any assault on Raqqa.", gaz, acts)
    assert "wof:421172833" not in [c[1] for c in changes(x)]


def test_war_media_s_allied_forces_and_a_cheap_lie_about_what_was_broadcast(gaz: Gazetteer, acts: Actors) -> None:
    x = ex("War Media Central: the forces of the Axis of Resistance advance\n\nOn Saturday 18 November 2017 the allied forces "
           "liberated the towns of al-Jalaa and al-Sayyal on the Euphrates.", gaz, acts, published="2017-11-19")
    assert {c[2] for c in changes(x)} == {"government"}
    x = ex("Jaish al-Islam - statement, 5 March 2018\n\nOur spokesman described as \"a cheap lie\" what the Assad media "
           "had broadcast about its forces entering Misraba.", gaz, acts, published="2018-03-05")
    assert not changes(x)


def test_brought_under_control(gaz: Gazetteer, acts: Actors) -> None:
    x = ex("Turkish General Staff statement\n\n1. In the operation conducted by Free Syrian Army elements supported by the "
           "Turkish Armed Forces, the residential area of al-Bab was brought under control as of the evening hours of 23 "
           "February 2017.", gaz, acts, published="2017-02-24")
    assert changes(x) == [("2017-02-23", "wof:1125981903", "opposition")]


def test_plans_threats_and_hypotheticals_change_nothing(gaz: Gazetteer, acts: Actors) -> None:
    x = ex("On 2 May 2014, Bashar al-Assad's forces will retake Homs under the deal. Rebels vowed to recapture "
           "Talbiseh. If the army enters Al-Rastan, it will be a blow. The army threatened to storm Al-Qusayr. "
           "Turkey said it would not allow the YPG to capture Azaz. The operation aims to secure northern Homs.",
           gaz, acts)
    assert x.events and not [e for e in x.events if e.changes_control]
    assert {e.certainty for e in x.events} <= {"planned", "denied"}


def test_attacks_without_an_outcome_are_not_captures(gaz: Gazetteer, acts: Actors) -> None:
    x = ex("On 7 December 2024, rebels tried to capture Al-Rastan. HTS-led rebels had reached the outskirts of Homs "
           "city amid heavy fighting. Rebels entered suburbs of Homs from the north. Rebels approached Talbiseh.",
           gaz, acts)
    assert [(e.place_id, e.action, e.status) for e in x.events if e.kind == "control"] == [
        ("wof:421178433", "attacked", "contested"), ("wof:421168647", "attacked", "contested"),
        ("wof:421168647", "contested", "contested")]


def test_incidents_are_not_control_changes(gaz: Gazetteer, acts: Actors) -> None:
    x = ex("On 29 April 2018, more than 70 airstrikes and 500 artillery shells hit Rastan and Talbiseh. "
           "Israeli jets struck the Arida crossing. A car bomb killed 18 in Hama.", gaz, acts)
    assert x.events and all(e.kind == "incident" and e.status is None for e in x.events)
    assert {e.action for e in x.events} == {"airstrike", "shelling", "bombing"}
    assert {e.gains for e in x.events if e.action == "airstrike" and e.place_text == "Arida crossing"} == {"israel"}


def test_agreements_ceasefires_and_surrenders(gaz: Gazetteer, acts: Actors) -> None:
    x = ex("On 19 April 2018, the rebel unified command agreed to hand over weapons and surrender the entire eastern "
           "Qalamoun pocket, including the towns of Dumayr and Jayrud. On 18 April 2018, a four-day ceasefire was "
           "announced in northern Homs. On 2 May 2018, rebels surrendered the northern Homs pocket.", gaz, acts)
    acts_ = [(e.action, e.place_id, e.gains_bloc, e.status) for e in x.events]
    assert acts_[:3] == [("agreement", "hm:eastern-qalamoun", "government", "agreement_pending"),
                         ("agreement", "wof:1309991387", "government", "agreement_pending"),
                         ("agreement", "wof:1125967165", "government", "agreement_pending")]
    assert ("ceasefire", "hm:northern-homs-countryside", "government", "ceasefire") in acts_
    assert ("surrendered", "hm:northern-homs-pocket", "government", "held") in acts_


def test_unresolved_mentions_and_json_contract(gaz: Gazetteer, acts: Actors) -> None:
    x = ex("On 6 December 2024, rebels captured Al-Wazi'iya and Lebanon.", gaz, acts)
    d = x.to_json_dict()
    assert set(d) == {"events", "unresolved"}
    assert d["events"] and all(set(e) == CONTRACT for e in d["events"])
    assert [u["text"] for u in d["unresolved"]] == ["Al-Wazi'iya"]  # ambiguous; Lebanon is outside Syria
    assert set(d["unresolved"][0]) == {"text", "start", "end", "candidates"}
    assert len(d["unresolved"][0]["candidates"]) >= 2
    event = d["events"][0]
    assert event["place_id"] is None and event["confidence"] < 0.6  # kept, flagged, not dropped
    assert json.loads(json.dumps(d)) == d


def test_no_dates_no_places_and_empty_texts(gaz: Gazetteer, acts: Actors) -> None:
    assert ex("", gaz, acts).events == ()
    assert ex("Nothing happened here at all, and nobody captured anything.", gaz, acts).events == ()
    no_date = ex("Rebels captured Talbiseh.", gaz, acts)
    assert len(no_date.events) == 1 and no_date.events[0].date is None and no_date.events[0].review
    assert "held back" in no_date.to_seeds_yaml(gazetteer=gaz)


# --- held-out reports ----------------------------------------------------------------------------------


def _place_ok(e: ExtractedEvent, spec: str) -> bool:
    if spec.startswith(("wof:", "hm:", "ocha:")):
        return e.place_id == spec
    return spec.lower() in e.place_text.lower() or spec.lower() in (e.place_name or "").lower()


def _date_ok(e: ExtractedEvent, d0: dt.date, d1: dt.date) -> bool:
    slack = dt.timedelta(days=1 if e.precision == "approximate" else 0)
    return e.date is not None and e.date - slack <= d1 and d0 <= (e.date_end or e.date) + slack


def _heldout(gaz: Gazetteer, acts: Actors) -> Iterator[tuple[str, int, int, int, list[str]]]:
    for item in HELDOUT:
        x = extract_events(item["text"], published=item["published"], gazetteer=gaz, actors=acts)
        preds = [e for e in x.events if e.changes_control]
        used: set[int] = set()
        tp = 0
        for row in item["expected"]:
            d0, d1, place, bloc = row if len(row) == 4 else (row[0], row[0], row[1], row[2])
            hit = next((i for i, e in enumerate(preds) if i not in used and _place_ok(e, place)
                        and e.gains_bloc == bloc and _date_ok(e, d0, d1)), None)
            if hit is not None:
                used.add(hit)
                tp += 1
        extra = [e for i, e in enumerate(preds) if i not in used
                 and not any(_place_ok(e, p) for p in item.get("ignore") or [])
                 and not any(preds[j].place_id == e.place_id and preds[j].gains_bloc == e.gains_bloc
                             and preds[j].effective_date == e.effective_date for j in used)]
        forbidden = [f"{item['name']}: {e.action} {e.place_text} ({e.certainty})" for e in preds
                     for place, bloc in item.get("forbidden") or [] if _place_ok(e, place) and bloc in ("any", e.gains_bloc)]
        yield item["name"], tp, len(extra), len(item["expected"]) - tp, forbidden


def _f1(rows: list[tuple[str, int, int, int, list[str]]]) -> float:
    tp, fp, fn = (sum(r[k] for r in rows) for k in (1, 2, 3))
    precision, recall = tp / (tp + fp), tp / (tp + fn)
    return 2 * precision * recall / (precision + recall)


def test_heldout_reports(gaz: Gazetteer, acts: Actors) -> None:
    rows = list(_heldout(gaz, acts))
    later = {item["name"] for item in HELDOUT_FILES["extract_heldout_2.yaml"]}
    assert _f1(rows) >= 0.85, rows  # all rounds
    # and each file on its own, so that a gain on one cannot hide a loss on the other: rounds 1-48, and the later
    # rounds, appended near their first-run scores
    assert _f1([r for r in rows if r[0] not in later]) >= 0.86
    assert _f1([r for r in rows if r[0] in later]) >= 0.79
    invented = [f for r in rows for f in r[4]]
    assert invented == []  # no invented events from denials, plans, destinations, strikes or wrong sides


# --- invariants ------------------------------------------------------------------------------------------

_WORDS = st.sampled_from(["On", "6", "December", "2024", ",", "rebels", "captured", "Al-Rastan", "and", "Talbiseh",
                          "the", "army", "withdrew", "from", "Homs", ".", "denied", "will", "retake", "the city",
                          "Today", "on Tuesday", "the following day", "ceasefire", "agreed to", "surrender", "\n",
                          "airstrikes", "hit", "Hama", "Lebanon", "fell", "was", "by", "(", ")", "night of 7/8 May"])


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(st.lists(_WORDS, max_size=40).map(" ".join), st.text(max_size=300)),
       st.none() | st.dates(dt.date(2000, 1, 1), dt.date(2030, 12, 31)))
def test_never_raises_and_offsets_point_at_the_sentence(text: str, published: dt.date | None) -> None:
    from homsmap.actors import load_actors as _acts
    from homsmap.gazetteer import load_gazetteer

    x = extract_events(text, published=published, gazetteer=load_gazetteer(), actors=_acts())
    for e in x.events:
        assert text[e.start:e.end] == e.sentence and e.sentence.strip()
        assert e.start <= (e.place_start or e.start) or e.notes  # an inherited place was named earlier
        assert 0.0 <= e.confidence <= 1.0
        assert e.date is None or e.date_end is None or e.date <= e.date_end
        assert e.changes_control is (e.kind == "control" and e.certainty not in ("denied", "planned"))
    json.dumps(x.to_json_dict())


_DATE_PHRASE_LIST = [
    "in December", "on 3 January 2017", "on 27 December", "between March and May 2016", "from 2 to 5 June",
    "that year", "the following January", "last June", "in late December", "on Friday and Saturday",
    "on 3 and 5 March, respectively", "in the summer of 2014", "since late 2012", "two days later", "a week after",
    "on the night of 7/8 May", "by mid-2015", "(2013-2014)", "Dec. 28", "28/12/2018", "[10.10.19 11:02]",
    "1 December –", "in 2013,", "March 2014:", "the previous September", "in September last year", "on the 30th",
    "early on Sunday", "three weeks later, on 23 November", "in January and February", "on March 6 and March 8"]
_DATE_BITS = st.sampled_from([*_DATE_PHRASE_LIST, "and", "rebels", "took", "the army", "retook", "Tabqa", "Khanasir",
                              "it", "the town", ",", ".", "\n\n", "- ", "until"])


def test_every_pair_of_date_phrases_reads(gaz: Gazetteer, acts: Actors) -> None:
    # a yearless month before a dated day in a list, "in December and … on 3 January 2017", once crashed the reader:
    # every pair of these phrases, with and without a publication date
    for first, second in itertools.product(_DATE_PHRASE_LIST, repeat=2):
        for published in (None, dt.date(2018, 5, 1)):
            x = extract_events(f"Rebels took Tabqa {first} and the army retook it {second}.", published=published,
                               gazetteer=gaz, actors=acts)
            assert all(e.date is None or e.date_end is None or e.date <= e.date_end for e in x.events), (first, second)


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(_DATE_BITS, min_size=3, max_size=30).map(" ".join),
       st.none() | st.dates(dt.date(2011, 1, 1), dt.date(2026, 12, 31)))
def test_date_phrases_in_any_order_never_raise(text: str, published: dt.date | None) -> None:
    from homsmap.actors import load_actors as _acts
    from homsmap.gazetteer import load_gazetteer

    x = extract_events(text, published=published, gazetteer=load_gazetteer(), actors=_acts())
    for e in x.events:
        assert e.date is None or e.date_end is None or e.date <= e.date_end
    json.dumps(x.to_json_dict())


# --- the command line ---------------------------------------------------------------------------------------


@pytest.fixture()
def run(monkeypatch: pytest.MonkeyPatch) -> object:
    """``homsmap.cli.main`` with the extract commands, whether or not cli.py wires them in yet."""
    original = cli.build_parser

    def build() -> argparse.ArgumentParser:
        parser = original()
        sub = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
        if "extract" not in sub.choices:
            add_extract_commands(sub, cli._Parser)
        return parser

    monkeypatch.setattr(cli, "build_parser", build)
    return cli.main


def test_cli_extract_json_and_yaml(run: object, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    doc = tmp_path / "report.txt"
    doc.write_text("Syrian troops enter Saraqib\n\nGovernment forces entered Saraqib on Saturday after rebels "
                   "pulled out of the town.\n", encoding="utf-8")
    assert run(["extract", str(doc), "--published", "2020-02-09", "--format", "json"]) == 0  # type: ignore[operator]
    d = json.loads(capsys.readouterr().out)
    assert (d["events"][0]["date"], d["events"][0]["place_id"], d["events"][0]["gains_bloc"]) == \
        ("2020-02-08", "wof:890449833", "government")
    assert run(["extract", str(doc), "--published", "2020-02-09"]) == 0  # type: ignore[operator]
    out = capsys.readouterr().out
    assert "events:" in out and "place_id: wof:890449833" in out and "FILL IN: publisher" in out
    assert run(["extract", str(doc), "--out", str(tmp_path / "x.yaml")]) == 0  # type: ignore[operator]
    assert (tmp_path / "x.yaml").read_text(encoding="utf-8").startswith("# Proposed by")


@pytest.mark.shared
def test_cli_compare_and_eval(run: object, seeds_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    argv = ["extract", str(seeds_dir / "002_af93fc3a7446adc9.txt"), "--compare",
            str(ROOT / "seeds" / "2015-10-homs-offensive.yaml")]
    assert run(argv) == 0  # type: ignore[operator]
    out = capsys.readouterr().out
    assert "2 matched" in out and "ho15-007" in out
    assert run(["eval-extract", "--seeds", str(ROOT / "seeds" / "2015-10-homs-offensive.yaml"),  # type: ignore[operator]
                "--sources", str(seeds_dir), "--format", "json"]) == 0
    d = json.loads(capsys.readouterr().out)
    assert d["total"]["tp"] == 2 and d["documents"][0]["place_mention_recall"] == 1.0


@pytest.mark.parametrize("content, message", [
    (b"", "empty document"),
    (b"   \n\n  ", "empty document"),
    (b"\x00\x01\x02binary", "binary file"),
    ("Les rebelles ont pris Homs à l'aube.".encode("latin-1"), "not UTF-8"),
])
def test_cli_unusable_input_exits_2(run: object, tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                    content: bytes, message: str) -> None:
    doc = tmp_path / "doc.txt"
    doc.write_bytes(content)
    assert run(["extract", str(doc)]) == 2  # type: ignore[operator]
    err = capsys.readouterr().err
    assert message in err and len(err.strip().splitlines()) == 1 and "Traceback" not in err


def test_cli_huge_file_missing_file_and_bad_date(run: object, tmp_path: Path,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    big = tmp_path / "big.txt"
    with big.open("wb") as f:
        f.truncate(50 * 1024 * 1024)  # 50 MB, refused on its size before it is read
    assert run(["extract", str(big)]) == 2  # type: ignore[operator]
    assert "MB" in capsys.readouterr().err
    assert run(["extract", str(tmp_path / "nope.txt")]) == 2  # type: ignore[operator]
    assert "no such file" in capsys.readouterr().err
    ok = tmp_path / "ok.txt"
    ok.write_text("Rebels captured Talbiseh.", encoding="utf-8")
    assert run(["extract", str(ok), "--published", "May 2"]) == 2  # type: ignore[operator]
    assert "--published" in capsys.readouterr().err
    assert run(["eval-extract", "--sources", str(tmp_path / "none")]) == 2  # type: ignore[operator]
    assert "source documents" in capsys.readouterr().err


def test_cli_text_without_dates_or_places_is_a_valid_empty_result(run: object, tmp_path: Path,
                                                                  capsys: pytest.CaptureFixture[str]) -> None:
    doc = tmp_path / "calm.txt"
    doc.write_text("A quiet week. Talks went on in Geneva, where diplomats met again.\n", encoding="utf-8")
    assert run(["extract", str(doc), "--format", "json"]) == 0  # type: ignore[operator]
    captured = capsys.readouterr()
    assert json.loads(captured.out) == {"events": [], "unresolved": []}
    assert "no events found" in captured.err
    assert run(["extract", str(doc)]) == 0  # type: ignore[operator]
    assert "events: []" in capsys.readouterr().out
