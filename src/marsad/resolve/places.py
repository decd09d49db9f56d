"""Place mentions to gazetteer entries, using the article's context for ambiguous names."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, replace

from ..extract.context import (ArticleContext, government_positions, idiom_positions, measured_positions,
                               named_as_quarter, party_positions, quarter_positions)
from ..extract.mentions import SentenceMentions, longest
from ..knowledge.lexicon import Knowledge, PlaceEntry
from ..knowledge.matcher import Match
from ..records import GEO_RANK, Location, fast_init
from ..text.normalize import Folded


@fast_init
@dataclass(frozen=True, slots=True)
class PlaceMention:
    """A place match accepted in context, resolved to one gazetteer entry."""

    match: Match
    entry: PlaceEntry
    dateline: bool = False  # "BAGHDAD (Reuters) -", "ديالى –": where the report was filed
    reference: bool = False  # "south-west of Basra": a landmark that places another place, not the place
    institution: bool = False  # "شرطة البصرة": the area of a body named (often the source), not where
    side: bool = False  # "في شمال البصرة": a side of a town or governorate, a region, not a named place in it
    spoken: bool = False  # "قال للصحفيين في أنقرة", "a spokesman in Basra": where a source sits or spoke (an institution)


# how far after "الرابط بين" (linking) the names of a road's two ends may start ("بين مدينتي العمارة والبصرة")
_ROAD_ENDS_REACH = 4

# actors whose name before a place names its people, not a body of that place
_PEOPLE = ("Civilians", "Protesters", "Rioters")


def _capitalized(folded: Folded, view: SentenceMentions, m: Match) -> bool:
    """English proper names must be capitalized in the original text ("Hit" the town, not "hit"); an Arabic article
    written in lower case before one is part of it ("al-Rashad", "el-Hadi")."""
    start = folded.to_original(view.sentence.starts[m.start])
    text = folded.original
    if text[start:start + 3] in _LOWER_ARTICLES:
        return text[start + 3:start + 4].isupper()
    return text[start].isupper()


# the Arabic article as English texts write it in lower case before a capitalized name
_LOWER_ARTICLES = ("al-", "el-")


def _run_on(folded: Folded, view: SentenceMentions, m: Match) -> bool:
    """Whether the name runs on into a longer word ("Kurdistan24"): the character right after its last token."""
    end = view.sentence.ends[m.end - 1]
    return folded.text[end:end + 1].isalnum()


def _name_tail(folded: Folded, view: SentenceMentions, m: Match) -> bool:
    """Whether English name ``m`` follows a capitalized word that opens an Arabic place name (`name_opener`: "Abu
    Karma", "Tal Abta"): the tail of a longer name, not the place of that name (the whole name, when known, is
    matched as one and is longer)."""
    if m.start == 0 or m.start - 1 not in view.bare("name_opener"):
        return False
    start = folded.to_original(view.sentence.starts[m.start - 1])
    return folded.original[start:start + 1].isupper()


def _seat_of(view: SentenceMentions, m: Match, knowledge: Knowledge) -> bool:
    """Whether English governorate name ``m`` ending on its administrative word ("Kirkuk governorate") is followed
    by a word of its seat (`seat_noun`: building, headquarters): the governorate's offices stand in the town the
    governorate is named for, which the shorter name inside ``m`` gives (a governorate with no such town stays one)."""
    return m.end - m.start > 1 and m.end in view.bare("seat_noun") \
        and knowledge.places[m.payload].level == "admin1" \
        and any(w.start == m.end - 1 for w in view.kind("admin_word"))


def _introduced(view: SentenceMentions, m: Match) -> bool:
    """Whether a name follows a place word (قضاء، ناحية، قرب) or "in" (في، بـ)."""
    if (view.has("place_word") or view.has("admin_word")) \
            and any(w.end == m.start for k in ("place_word", "admin_word") for w in view.kind(k)):
        return True
    return m.clitic in ("ب", "وب", "فب") or m.start - 1 in view.bare("place_lead")


def _supported(view: SentenceMentions, m: Match, entry: PlaceEntry, ctx: ArticleContext) -> bool:
    """An ambiguous Arabic name (بلد، حديثة) counts only after an administrative word (قضاء، ناحية),
    or after "in" in a governorate the article names."""
    generic = view.has("generic_name") and any(g.start == m.start and g.end == m.end for g in view.kind("generic_name"))
    # (not "مركز" (`centre`) before the common word: "مركز المدينة" is the city centre, not the district's seat)
    if view.has("admin_word") and any(w.end == m.start and not (generic and w.payload.value == "centre")
                                      for w in view.kind("admin_word")):
        return True
    if generic:
        # a name that is the common word for a kind of place ("المدينة", the city): "في المدينة", "وسط المدينة" are
        # the city told before; only an administrative word or a list of districts ("القرنة والمدينة") names it
        return m.clitic.startswith("و")
    if m.clitic.endswith("ب") and any(view.has(k) and any(w.end == m.start for w in view.kind(k))
                                      for k in ("purpose", "modal")):
        # "تظاهروا للمطالبة بالإصلاح": a common word governed by ب right after a word of demanding is what was
        # demanded (reform), not the place of that name (ناحية الإصلاح)
        return False
    return _introduced(view, m) and entry.admin1_code in ctx.admin1_codes


def places_in(view: SentenceMentions, knowledge: Knowledge, ctx: ArticleContext, folded: Folded) -> list[PlaceMention]:
    """The sentence's place mentions that stand in context, each resolved to one entry."""
    from ..extract.clause_cues import participle_compound  # (here: clause_cues imports this module)
    grouped: dict[tuple[int, int], list[PlaceEntry]] = {}
    first: dict[tuple[int, int], Match] = {}
    for m in view.kind("place"):
        if view.toks[m.start].isascii():
            if not _capitalized(folded, view, m):
                continue  # before choosing the longest: "western Mosul" still names Mosul
            if _run_on(folded, view, m):
                continue  # "told Kurdistan24": a name run into a longer word (an outlet's) is no place
            if _seat_of(view, m, knowledge):
                continue  # "outside the Sulaimani governorate building": the seat, in the town of that name
            if _name_tail(folded, view, m):
                continue  # "the village of Abu Karma": the end of a longer name the gazetteer lacks, not Karma
        key = (m.start, m.end)
        grouped.setdefault(key, []).append(knowledge.places[m.payload])
        first.setdefault(key, m)
    if not first:
        return []
    # (not a command's name right after a word of its sector, "ضمن قاطع عمليات صلاح الدين": the sector's ground)
    sectors = {w.end for w in view.kind("sector_word")} if view.has("sector_word") else ()
    # (a sentence with no actor makes neither set: no comprehension run over nothing)
    actors = view.has("actor")
    in_actor = {t for a in view.kind("actor") for t in range(a.start, a.end) if a.end - a.start > 1
                and a.start not in sectors} if actors else ()
    # (not after a crowd or civilians: "أهالي الزبير", "متظاهرو البصرة" are the people of the place, often where
    # they are hit or march)
    after_actor = {a.end for a in view.kind("actor") if not view.toks[a.start].isascii()
                   and knowledge.actors[a.payload].actor.kind not in _PEOPLE} if actors else ()
    # (English) "A Najaf police spokesman said", "a Basra health directorate official said": the place names the body
    # that speaks, as "شرطة البصرة" does (the places' ends: kept apart from the actors' ends, a place's start)
    source_ends = _source_places(view) if view.has("report_verb") and view.toks[0].isascii() else set()
    # (English) "said Major X, a spokesman in Basra", "a police source in Kirkuk", "told reporters in Ankara": where
    # the source sits or spoke, another `institution`: it places no event when a place was told before
    # (not a speaker word that is also a person's, "the house of a police officer in Al-Zubair": he may be the one hit)
    speaker_at = _where_spoken(view)
    # (English) "the Sulaimani governor", "Erbil's governor", "the Basra Oil Company": a place naming an office or
    # body is that body's area, another `institution`
    bodies = _named_bodies(view) if view.has("place_body") and view.toks[0].isascii() else ()
    # "وقال الباحث الذي يعمل مع مركز في بيروت إن ...": where a speaker a relative clause describes works places nothing
    described = _described_speaker(view) if view.has("relative") and view.has("report_verb") \
        and not view.toks[0].isascii() else ()
    # "قوات أمنية وصلت من بغداد", "قادمة من الأراضي السورية": where someone came from, not where it happened
    origin = {t for o in view.kind("origin") if o.payload.value not in ("launch", "destination", "displaced")
              for t in (o.end, o.end + 1)} if view.has("origin") else set()
    if view.has("origin") and view.has("place"):
        # "أبناء سنجار النازحين إلى الإقليم": the town right before a bare word of the displaced is the home they
        # fled, not where the event happened ("مخيم بزيبز للنازحين", with its proclitic, names a camp's place)
        fled = {o.start for o in view.kind("origin") if o.payload.value == "displaced" and not o.clitic}
        origin |= {m.start for m in view.kind("place") if m.end in fled}
    if view.toks[0].isascii() and (view.has("civilian_noun") or view.has("person")):
        # "A Kurdish businessman from Erbil who was abducted in Baghdad": the town right after "from" after a
        # person's noun is where he comes from, not where it happened
        origin |= {c.end + 1 for k in ("civilian_noun", "person") for c in view.kind(k)
                   if c.end + 1 < len(view.toks) and view.toks[c.end] == "from"}
    if view.toks[0].isascii() and view.has("call") and view.has("place"):
        origin |= _called_from(view)
    # "rockets were fired from Iraqi territory near Zummar at a base in Syria": the launch site, up to the
    # target word ("at", "on", "against"), is not where the strike happened (a place after it is)
    for o in view.kind("origin"):
        if o.payload.value == "launch":
            to = min((m.start for m in view.kind("target_marker") if o.end < m.start <= o.end + _LAUNCH_REACH
                      and m.payload.value != "vicinity"),  # "from Iraqi territory near Zummar": still the site
                     default=None)
            # with no target told, the sentence tells only where the weapons came from ("five rockets were fired
            # from the direction of Zafaraniya", after the lead told where they hit): still not where it happened
            end = to if to is not None else o.end + _LAUNCH_REACH
            if not view.toks[o.start].isascii():
                # (Arabic: the launch site ends with its clause, "أطلقت من خارج الحدود، فيما سقط صاروخ آخر في محيط
                # المطار": the place past the comma is where the other rocket fell)
                end = next((t for t in range(o.end, min(end, len(view.toks))) if view.toks[t] == ","), end)
            origin.update(range(o.end, end))
        elif o.payload.value == "destination":
            # "pilgrims walking to the holy city of Karbala near Hilla", "الزائرين المتوجهين سيراً على الأقدام إلى
            # مدينة الكاظمية، في منطقة الكرادة": where the people were going, not where they were hit; only the
            # first place after the word is the destination (the one after it, "near Hilla", is where)
            # (a landmark, "heading to a field west of Basra", places the destination near where it happened)
            to = min((m.start for m in view.kind("place") if o.end <= m.start < o.end + _DESTINATION_REACH
                      and not _reference_point(view, m)), default=None)
            if to is not None:
                origin.add(to)
            if view.has("heading"):
                # "كان الرتل متجهاً من البصرة نحو بغداد": past the town it came from, the one after "toward" is
                # where it was going; neither is where it was hit
                origin.update(t for h in view.kind("heading") if o.end < h.start < o.end + _DESTINATION_REACH
                              for t in (h.end, h.end + 1))
    # "فرّ الباقون نحو وديان جبال حمرين", "fled toward the mountains": where the men fled, not where it happened
    # (or withdrew, in Arabic: "انسحب الآخرون نحو سلسلة جبال حمرين"; an English withdrawal "to" a base may be
    # where the news is)
    if (view.has("flight") or view.has("withdrawal")) and view.has("flight_to"):
        withdrew = [] if view.toks[0].isascii() else view.kind("withdrawal")
        dests = [d for f in view.kind("flight") + withdrew for d in view.kind("flight_to")
                 if f.end <= d.start <= f.end + 2]
        origin |= {t for d in dests for t in range(d.end, d.end + 3)}
        if dests and view.has("relative"):
            # "انسحب الباقون باتجاه الوديان التي تربط المنطقة بحدود ديالى": a relative clause on the place fled to
            # describes it; a place it names, up to the comma, is no more where it happened
            ends = [hi for lo, hi in view.clauses()]
            origin |= {t for d in dests for r in view.kind("relative") if d.end < r.start <= d.end + 3
                       for t in range(r.end, min((e for e in ends if e > r.start), default=len(view.toks)))}
    # "57 كلم شمال شرق بغداد", "175 كيلومترا إلى الشمال من بغداد", "30 km north of Baghdad": a landmark measured
    # from, not where it happened (a governorate named beside it, or none, places the event)
    # (English: a landmark, "some 20 km east of Rutba" is in Rutba's district unless a finer place is told)
    measured = measured_positions(view)
    english_measured = measured if view.toks[0].isascii() else set()
    if not english_measured:
        origin |= measured
    # "the Basra-Qurna road", "the Erbil-Pirmam road": towns that name a road between them are landmarks, not
    # the district it happened in (English: the two names joined by a hyphen right before a `road` word)
    road_towns: set[int] = set()
    second_ends: set[int] = set()
    named_for: set[int] = set()
    if view.has("road"):
        roads = view.kind("road")
        road_towns = {i for r in roads if r.start >= 3 and view.toks[r.start - 2] == "-"
                      and view.toks[r.start - 1].isascii() for i in (r.start - 3, r.start - 1)}
        # "on the Kirkuk highway", "the Baghdad road": an English road named for a town (the town right before
        # the road word, after "the") is named for where it goes, not where it happened (as an Arabic one)
        origin |= {r.start - 1 for r in roads if r.start >= 2 and view.toks[r.start - 1].isascii()
                       and view.toks[r.start - 2].lower() == "the"}
        # "a sit-in on the road to Erbil": the town a road leads to is where it goes, not where it happened
        origin |= {r.end + 1 for r in roads if r.end + 1 < len(view.toks) and view.toks[r.end] == "to"}
        # "على طريق بغداد وسط المدينة", "قطع طريق البصرة - العمارة": the town an Arabic road leads to (the one it is
        # named for, or the second of two) is where it goes, not where it happened; the first of two is where it
        # starts, often the town of the news
        arabic = [r.end for r in roads if r.end < len(view.toks) and not view.toks[r.start].isascii()]
        # (a road named for a nahiya or village alone, "على طريق اللطيفية", runs through it: see below)
        named_for = {e for e in arabic if not (e + 2 < len(view.toks) and view.toks[e + 1] == "-")}
        origin |= {e + 2 if e + 2 < len(view.toks) and view.toks[e + 1] == "-" else e for e in arabic}
    if view.has("road_link"):
        # "أغلقوا الطريق الرابط بين العمارة والبصرة": the towns named right after "linking" are the road's two
        # ends, landmarks like the hyphenated English pair, not the district the village told beside it is in
        # (bare "بين" only right after a road word; "الرابط بين" after any line, pipeline or bridge: "خط الطاقة
        # الرابط بين كركوك وبيجي ... في ناحية الرياض" is in the nahiya, the towns are the line's ends)
        # (English: "the main road between Erbil and Mosul near Bartella", "the highway linking Kirkuk and Tikrit",
        # only right after a road word)
        arabic = {r.end for r in view.kind("road")}
        ends = [l.end for l in view.kind("road_link") if l.start in arabic
                or l.end - l.start > 1 and not view.toks[l.start].isascii()]
        places = view.kind("place")
        road_towns |= {m.start for m in places for e in ends if e <= m.start < e + _ROAD_ENDS_REACH}
        # (Arabic: as of "طريق البصرة - العمارة", the first end is where the road starts, often the town of the news,
        # and the second where it goes: "سيقطعون الطريق الرابط بين العمارة والبصرة" is in Amara, "على الطريق بين
        # الحلة وكربلاء" in Hilla, when no place of the event is told beside them; see `_first_end`)
        named = {f.start for f in places}
        second_ends = {m.start for e in ends if e in named and not view.toks[e - 1].isascii()
                       for m in places if e < m.start < e + _ROAD_ENDS_REACH}
    # "a force Ankara considers an offshoot of the PKK": a foreign capital standing for its government is no place
    governments = government_positions(view)
    opposed = party_positions(view, knowledge) | idiom_positions(view)  # (or "مسقط رأس", a birthplace)
    quarters = quarter_positions(view)
    out: list[PlaceMention] = []
    for m in longest(list(first.values())):
        if m.start in in_actor:
            continue  # a place inside an actor's name (فيلق القدس، قيادة عمليات بغداد) is not where
        if m.start in origin and not (m.start in named_for and all(
                e.level == "place" for e in grouped[(m.start, m.end)])):
            continue
        if m.clitic.endswith(("س", "ك")):
            continue  # سـ goes on verbs and كـ ("like") hardly on names: "سرقة" is not س + الرقة
        if m.start in opposed:
            continue
        if view.toks[m.start].isascii() and m.end + 1 < len(view.toks) and participle_compound(view.toks, m.end) \
                and view.sentence.ends[m.end - 1] == view.sentence.starts[m.end] \
                and view.sentence.ends[m.end] == view.sentence.starts[m.end + 1]:
            continue  # "Tehran-backed factions", "a Baghdad-based analyst": a town joined by a bare hyphen
            # to a participle names who backs or hosts, no place (not a dateline's "BAGHDAD - Unidentified aircraft")
        entries = grouped[(m.start, m.end)]
        ascii_name = view.toks[m.start].isascii()
        entry = _choose(entries, ctx)
        if m.start in governments and entry.level != "country" \
                and (entry.country != "Iraq" or _blaming_government(view, m)):
            continue  # (an Iraqi capital only as the subject of blame or denial: "with Baghdad blaming Turkey")
        if entry.level in ("admin1", "country") and (m.payload in ctx.quarters
                                                     or quarters and named_as_quarter(view, m, quarters)):
            continue  # "the al-Muthanna neighbourhood of Mosul", "شارع بغداد": a quarter named after it
        if entry.level in ("admin2", "place") and entry.id in ctx.quarters and quarters \
                and named_as_quarter(view, m, quarters):
            continue  # "the al-Shamiya neighbourhood of Nasiriyah": a quarter of a town in another governorate
        # a name of two words or more ("المنطقة الخضراء") is not the common word its short form is; but one that
        # names a common feature ("الساحل الأيسر", the left bank of any river) still needs its governorate named
        # (one that opens on its own administrative word, "قضاء القائم", is placed by it)
        if not ascii_name and entry.needs_context_for(m.end - m.start) and not _supported(view, m, entry, ctx) and (
                m.end - m.start == 1 or entry.admin1_code not in ctx.admin1_codes
                and not any(w.start == m.start for k in ("admin_word", "place_word") for w in view.kind(k))):
            continue
        if not ascii_name and entry.level == "place" and entry.admin1_code not in ctx.admin1_codes \
                and not _introduced(view, m):
            continue  # a village far from the article's governorates must be introduced as a place
        if m.start in described:
            continue
        if not ascii_name and entry.level != "country" and _man_named(view, m):
            continue
        if ascii_name and m.start and m.start - 1 in view.bare("name_part"):
            continue  # "the Mohammed al-Qasim highway": a man's name, after which a road or a school is named
        out.append(PlaceMention(m, entry, _in_dateline(view, m, folded.text),
                                _reference_point(view, m) or m.start in road_towns or m.start in english_measured,
                                m.start in after_actor or m.end in source_ends or m.start in speaker_at
                                or m.end in bodies,
                                not ascii_name and _side_region(view, m), m.start in speaker_at))
    if second_ends and len(out) > 1:
        out = _first_end(out, second_ends)
    if len(out) > 1:
        out = _inside_named(view, out, grouped)
    if len(out) > 1 and not view.toks[out[0].match.start].isascii():
        out = [_namesake_by_town(view, p, out, grouped) for p in out]
    return _local_quarters(view, out, grouped, ctx) if out and (view.has("quarter") or view.has("range_word")) else out


def _man_named(view: SentenceMentions, m: Match) -> bool:
    """Whether Arabic place name ``m`` opens a man's name: a known surname right after it ("صلاح الدين ديمرتاش"), or a
    common given name (his father's, "النائب شوان محمد طه") when the name follows a comma, the sentence's start or a
    definite word that ends his title ("العراقي", "النائب"); not after a word of where or "in", nor as the second
    term of an office's name ("والي الموصل عبد ...", "محافظ صلاح الدين أحمد ...": the place's man)."""
    if m.end >= len(view.toks) or _introduced(view, m):
        return False
    if m.end in view.bare("surname"):
        return True
    if m.end not in view.bare("name_part"):
        return False
    before = view.toks[m.start - 1] if m.start else ","
    return before in (",", "،") or before.startswith("ال") and m.clitic == ""


def _named_bodies(view: SentenceMentions) -> set[int]:
    """End positions of English places right before an office or body they name (`place_body`), straight or through
    a possessive: "the Sulaimani governor", "Erbil's governor", "the Basra Oil Company"."""
    toks = view.toks
    # (not a body's building: "outside the Basra Oil Company headquarters" is there)
    seats = view.bare("seat_noun")
    starts = {b.start for b in view.kind("place_body") if b.end not in seats}
    return {m.end for m in view.kind("place") if m.end in starts
            or m.end + 1 in starts and toks[m.end] == "s"}


# how far after a call word ("urged", "called on") the "from" of the people called may stand ("urged teachers from",
# "called on striking workers from"), and how far past "from" a list of their towns may run
_CALLED_FROM_REACH = 4
_CALLED_TOWNS_REACH = 6


def _called_from(view: SentenceMentions) -> set[int]:
    """(English) The starts of the towns named after "from" after the people a call word addresses ("urged teachers
    from Halabja and Ranya to join the rally"): where those called live, not where the event is to be."""
    toks, places = view.toks, view.kind("place")  # (in text order, as `kind` gives every kind)
    out: set[int] = set()
    for c in view.kind("call"):
        f = next((t for t in range(c.end, min(c.end + _CALLED_FROM_REACH, len(toks))) if toks[t] == "from"), None)
        if f is None:
            continue
        at = f + 1  # (the towns listed one after another: "from Halabja, Ranya and Said Sadiq")
        for m in places:
            if m.start < at:
                continue
            if m.start > f + _CALLED_TOWNS_REACH or any(toks[t] not in ("and", ",", "or", "the") for t in range(at, m.start)):
                break
            out.add(m.start)
            at = m.end
    return out


def _where_spoken(view: SentenceMentions) -> set[int] | tuple[()]:
    """The positions right after a speaker's "in" ("a police source in Kirkuk"; English: an audience's too, "told
    reporters in Ankara", not a word that is also a person's) or an Arabic speaker's "في"."""
    toks = view.toks
    if toks[0].isascii():
        if not (view.has("speaker") or view.has("audience")):
            return ()
        return {s.end + 1 for k in ("speaker", "audience") for s in view.kind(k)
                if s.end + 1 < len(toks) and toks[s.end] == "in"
                and not any(p.start <= s.start < p.end for p in view.kind("person"))}
    if not view.has("speaker"):
        return ()
    return {s.end + 1 for s in view.kind("speaker") if s.end + 1 < len(toks) and toks[s.end] == "في"}


# how far after an Arabic verb of saying its "that" may stand for the words between to be the speaker's
_SPEAKER_THAT_REACH = 20


def _described_speaker(view: SentenceMentions) -> set[int]:
    """The Arabic positions inside a relative clause that describes a speaker, between the verb of saying and its
    "that" ("وقال الباحث الذي يعمل مع مركز للدراسات في بيروت إن الغارة ..."): where he works, not where it happened."""
    that_at = view.bare("that_word")
    out: set[int] = set()
    for verb in view.kind("report_verb"):
        that = next((t for t in range(verb.end, min(len(view.toks), verb.end + _SPEAKER_THAT_REACH))
                     if t in that_at), None)
        if that is None:
            continue
        rel = next((r for r in view.kind("relative") if verb.end <= r.start < that), None)
        if rel is not None:
            out.update(range(rel.end, that))
    return out


def _first_end(out: list[PlaceMention], second_ends: set[int]) -> list[PlaceMention]:
    """The places of a sentence without the second ends of the Arabic roads it names as linking two towns (at
    ``second_ends``) when nothing but the roads' ends and landmarks place it: the road starts at its first end."""
    if any(not p.reference and not p.dateline for p in out):
        return out  # a district told beside the road ("في قضاء الخالص على الطريق الرابط بين بعقوبة وكركوك") places it
    return [p for p in out if p.match.start not in second_ends] or out


def _blaming_government(view: SentenceMentions, m: Match) -> bool:
    """Whether English capital ``m`` (one standing for its government) is right before a word of blame, accusation
    or denial ("with Baghdad blaming neighbouring Turkey", "Erbil denied"): the government speaks, no place."""
    # (or right before an auxiliary of what a government will or will not do, `government_aux`: "if Baghdad does
    # not disarm them", "Baghdad will seek to consolidate these gains")
    return any(b.start == m.end for k in ("blame", "accusation", "denial", "government_aux") if view.has(k)
               for b in view.kind(k))


def _local_quarters(view: SentenceMentions, out: list[PlaceMention],
                    grouped: dict[tuple[int, int], list[PlaceEntry]], ctx: ArticleContext) -> list[PlaceMention]:
    """"حي اليرموك غرب الموصل", "وفي الموصل ... في حي الرفاعي", "شرطة كركوك ... سوق حقلانية": a name told as a
    quarter, street or market (an Arabic `quarter` word before it or opening it) is a part of a town; when every
    other place of the sentence lies in one other governorate, it is a part of a town there, not the namesake
    elsewhere the gazetteer knows. A namesake in that governorate is chosen; with none, the quarter is dropped
    and the town told places the event. Told alone in its sentence, in an article whose other places lie elsewhere
    (the name the only one of its governorate), it is dropped: the town told before places it."""
    # (the script of the places told, not of the sentence's first token: "1. نفذت طائرات ..." is Arabic)
    if view.toks[out[0].match.start].isascii():
        if view.has("range_word"):
            # (English: a range or valley named right before its word, "in the Hamrin mountains east of Tuz
            # Khurmatu", is the part of it there, as in Arabic below)
            ranges = {t for q in view.kind("range_word") for t in (q.start, q.end)}
            out = [q for q in (_range_part(p, _other_codes(p, out), grouped)
                               if p.match.end in ranges and p.entry.level == "place" else p for p in out)
                   if q is not None]
        if not view.has("quarter"):
            return out
        # (English: a name right before its quarter word, "in Al-Thawra neighbourhood", told alone in its sentence
        # in an article whose places lie in other governorates, is a namesake quarter of the town told before, not
        # the district elsewhere the gazetteer knows)
        if not ctx.admin1_codes:
            return out
        named = {q.start for q in view.kind("quarter")}
        return [p for p in out if not (p.match.end in named and p.entry.level in ("admin2", "place")
                                       and p.entry.admin1_code not in ctx.admin1_codes
                                       and not any(q is not p and q.entry.level != "country" and not q.dateline
                                                   for q in out))]
    quarters = {t for q in view.kind("quarter") for t in (q.start, q.end)}
    # (or a mountain range or valley, `range_word`, beside a place of another governorate: "سلسلة جبال حمرين شرقي قضاء
    # الدور" is the part of the range there, not the gazetteer's point of it in Diyala; alone in its sentence a range
    # or desert valley is no quarter of the town the article is filed from: "بغداد – ... في عمق وادي حوران")
    heads = quarters | {t for q in view.kind("range_word") for t in (q.start, q.end)}
    kept: list[PlaceMention] = []
    for p in out:
        if p.match.start in heads and p.entry.level == "place":
            # (a dateline places nothing: "بغداد – ... في عمق وادي حوران" is where the report was filed)
            town = _town_of(view, p, out)
            others = {town.entry.admin1_code} if town is not None else _other_codes(p, out)
            if not others and p.match.start in quarters and (p.entry.admin1_code, p.entry.name_ar) in ctx.lone \
                    and len(ctx.admin1_codes) > 1:
                continue
            p = _range_part(p, others, grouped)
            if p is None:
                continue
        kept.append(p)
    return kept


# how far after an Arabic quarter's name the town it lies in may start ("حي اليرموك الثانية غربي بعقوبة")
_TOWN_REACH = 3


def _town_of(view: SentenceMentions, p: PlaceMention, out: list[PlaceMention]) -> PlaceMention | None:
    """The town an Arabic quarter ``p`` is told to lie in: the place right after it, behind a word of where
    ("حي اليرموك غربي بعقوبة، شمال شرقي بغداد" is Baquba's quarter, whatever landmark places Baquba)."""
    words = {w.end for w in view.kind("place_word")} if view.has("place_word") else ()
    return next((q for q in out if q is not p and q.entry.level != "country" and not q.dateline
                 and q.entry.country == p.entry.country and 0 < q.match.start - p.match.end <= _TOWN_REACH
                 and q.match.start in words), None)


def _namesake_by_town(view: SentenceMentions, p: PlaceMention, out: list[PlaceMention],
                      grouped: dict[tuple[int, int], list[PlaceEntry]]) -> PlaceMention:
    """A place of a name two villages or towns of one governorate share, told before the town it lies near behind
    a word of where ("حصيبة شرقي الرمادي"): the namesake in that town's district, not the one elsewhere."""
    if p.entry.level != "place" or len(grouped[(p.match.start, p.match.end)]) < 2:
        return p
    town = _town_of(view, p, out)
    if town is None or town.entry.admin1_code != p.entry.admin1_code or not town.entry.admin2 \
            or town.entry.admin2 == p.entry.admin2:
        return p
    there = next((e for e in grouped[(p.match.start, p.match.end)] if e.level == "place"
                  and e.admin1_code == town.entry.admin1_code and e.admin2 == town.entry.admin2), None)
    return p if there is None else replace(p, entry=there)


def _other_codes(p: PlaceMention, out: list[PlaceMention]) -> set[str | None]:
    """The governorates of the places told beside ``p`` in its country (no country, no dateline: it places nothing;
    a landmark only when nothing else is told: "في حي اليرموك غربي بعقوبة ... بعقوبة شمال شرقي بغداد" is Baquba's)."""
    told = [q for q in out if q is not p and q.entry.level != "country" and not q.dateline
            and q.entry.country == p.entry.country]
    plain = [q for q in told if not q.reference]
    return {q.entry.admin1_code for q in (plain or told)}


def _range_part(p: PlaceMention, others: set[str | None],
                grouped: dict[tuple[int, int], list[PlaceEntry]]) -> PlaceMention | None:
    """A quarter or range ``p`` beside places that all lie in one other governorate (``others``, `_other_codes`):
    its namesake there, or None (the gazetteer knows no such place there: the other places place the event)."""
    if len(others) == 1 and None not in others and p.entry.admin1_code not in others:
        namesake = _namesake_in(p, next(iter(others)), grouped)
        return None if namesake is None else replace(p, entry=namesake)
    return p


def _namesake_in(p: PlaceMention, code: str, grouped: dict[tuple[int, int], list[PlaceEntry]]) -> PlaceEntry | None:
    """The finest (then the largest) entry named as ``p`` in governorate ``code``, or None."""
    same = [e for e in grouped[(p.match.start, p.match.end)] if e.admin1_code == code]
    return max(same, key=lambda e: (GEO_RANK[e.level], e.population)) if same else None


# how many plain words may stand between an English place and the reporting verb of the body it names
_SOURCE_WORDS = 3


def _source_places(view: SentenceMentions) -> set[int]:
    """End positions of English places that open the name of a report's source: "A Najaf police spokesman said",
    ", a Basra health directorate official said", "Kirkuk officials said": the place (at the sentence's start or
    after an article or a comma), then one to three plain lower-case words (the body, its man), then the reporting
    verb. The body's area, like an Arabic place after an institution (`institution`), is not where it happened."""
    toks = view.toks
    article = view.bare("article")
    # (a possessive's "s" is no word of its own: "Sinjar district mayor's office told")
    near = [(m, verb) for verb in view.kind("report_verb") for m in view.kind("place")
            if 1 <= verb.start - m.end <= _SOURCE_WORDS + 1
            and 1 <= sum(toks[t] != "s" for t in range(m.end, verb.start)) <= _SOURCE_WORDS
            and (m.start == 0 or toks[m.start - 1] == "," or m.start - 1 in article)]
    if not near:
        return set()
    # (the words between are tested only where a place stands that close: most sentences have none)
    named = {t for k in ("place", "trigger", "fatality", "injury") for m in view.kind(k) for t in range(m.start, m.end)}
    return {m.end for m, verb in near if all(toks[t].isalpha() and t not in named for t in range(m.end, verb.start))}


# how far after "fired from" the target word may stand that ends the launch site
_LAUNCH_REACH = 14

# how far after a word of travelling towards ("walking to", "المتوجهين") the destination may start ("walking to the
# holy city of Karbala", "المتوجهين سيراً على الأقدام إلى مدينة الكاظمية")
_DESTINATION_REACH = 6


# how many names (each after "و") may stand between a listed place and the place told as holding the list
_LIST_REACH = 4


def _inside_named(view: SentenceMentions, out: list[PlaceMention],
                  grouped: dict[tuple[int, int], list[PlaceEntry]]) -> list[PlaceMention]:
    """"Al Tayaran Square in Basrah", "Al Rashad area of Baghdad", "منطقة الثرثار التابعة لقضاء الفلوجة": a place
    told inside another lies in the other's governorate. A namesake there is chosen; with none, the gazetteer does not know this place,
    and the container is the finest place told."""
    joined = {(w.start, w.end) for w in view.kind("within")}  # "in", "area of", "في"
    # (English) "the al-Yarmouk district of western Mosul", "in northern Baghdad": a side of the town (an English
    # `place_word`: western, northeastern) between the word and the town still puts the place inside it
    if view.has("place_word") and view.toks[0].isascii():
        sides = {p.start: p.end for p in view.kind("place_word") if p.end - p.start == 1 and view.toks[p.start].islower()}
        joined |= {(w.start, sides[w.end]) for w in view.kind("within") if w.end in sides}
    # "منطقة الثرثار التابعة لقضاء الفلوجة": the district a place is said to belong to holds it
    admin = {w.start for w in view.kind("admin_word")}
    joined |= {(w.start, end) for w in view.kind("membership") for end in (w.end, w.end + 1)
               if end == w.end or w.end in admin}

    def inside(x: PlaceMention, y: PlaceMention) -> bool:
        """Whether ``y`` is told right after ``x`` as what holds it ("X in Y", "X بـY")."""
        return (x.match.end, y.match.start) in joined or y.match.start == x.match.end and y.match.clitic.endswith("ب")

    def listed_inside(x: PlaceMention, y: PlaceMention) -> bool:
        """Whether Arabic ``x`` opens a list whose other names (each after "و") end right before ``y`` told as what
        holds them all ("قريتي الحويجة وقسطون في سهل الغاب", "الحويجة والقاهرة وقسطون بسهل الغاب")."""
        k = x.match.end
        while k < y.match.start and k - x.match.end < _LIST_REACH and view.toks[k].startswith("و"):
            k += 1
        # (not "التابعة لـ" after the list: "أطراف مريوان ودلاهو التابعة لكرمانشاه" may say it of the last name only)
        # (an administrative word may stand between "in" and the holder: "في ريف حماة")
        opens = {w.start for w in view.kind("admin_word") if w.end == y.match.start} | {y.match.start}
        return k > x.match.end and (k == y.match.start and y.match.clitic.endswith("ب") or any(
            w.start == k and w.end in opens for w in view.kind("within")))

    arabic = not view.toks[out[0].match.start].isascii()
    kept: list[PlaceMention] = []
    for i, (a, b) in enumerate(zip(out, out[1:] + [None])):
        held = b is not None and inside(a, b)
        if arabic and b is not None and not held and a.entry.level != "country":
            # the container of a list (the place told after its last name) holds every name of it
            holder = next((c for c in out[i + 1:] if listed_inside(a, c)), None)
            b, held = (holder, True) if holder is not None else (b, False)
        if b is not None and b.entry.admin1_code and a.entry.admin1_code != b.entry.admin1_code \
                and a.entry.level != "country" and held:
            namesake = _namesake_in(a, b.entry.admin1_code, grouped)
            if namesake is None:
                continue
            a = replace(a, entry=namesake)
        if kept and kept[-1].entry.admin1_code == a.entry.admin1_code and a.entry.level == "place" \
                and GEO_RANK[kept[-1].entry.level] >= GEO_RANK["admin2"] and kept[-1].entry.admin2 != a.entry.admin2 \
                and inside(kept[-1], a):
            # "في قضاء داقوق بكركوك", "Daquq district in Kirkuk": a name after a district or town of its governorate
            # that also names the governorate is the governorate, not its namesake city in another district
            gov = next((e for e in grouped[(a.match.start, a.match.end)]
                        if e.level == "admin1" and e.admin1_code == a.entry.admin1_code), None)
            a = replace(a, entry=gov) if gov is not None else a
        kept.append(a)
    return kept


def _reference_point(view: SentenceMentions, m: Match) -> bool:
    """Whether an English place follows "<direction> of" ("the Zubair district west of Basra"): it places
    the place named before it. "in the north-east of Baquba" names a part of Baquba itself. In Arabic, a place
    after a place and words of where (`place_word`: "ناحية الزاب غربي كركوك", "قرية البو عيثة جنوب شرقي بغداد",
    "حي الزهور وسط الموصل") places the one before it; "في شمال بغداد" names a part of Baghdad."""
    if not view.toks[m.start].isascii():
        if m.start < 2 or not view.has("place_word"):
            return False
        words = {t for w in view.kind("place_word") for t in range(w.start, w.end)}
        j = m.start - 1
        while j >= 0 and j in words:
            j -= 1
        # set off by a comma too: "ناحية الدير، شمالي البصرة"
        end = j if j > 0 and j < m.start - 1 and view.toks[j] == "," else j + 1
        return j < m.start - 1 and any(p.end == end for p in view.kind("place"))
    if m.start < 2 or view.toks[m.start - 1] != "of" or not view.has("direction"):
        return False
    d = next((d for d in view.kind("direction") if d.end == m.start - 1), None)
    if d is None and m.start >= 4 and any(s.start == m.start - 2 for s in view.kind("settlement")):
        # "south of the northern city of Kirkuk", "east of the town of Samarra": the town named after its kind,
        # with at most a few plain words between (no comma, place or event word)
        # (a possessive place is a plain word too: "north of Iraq's southern city of Basra")
        named = {t for k in ("place", "trigger") for x in view.kind(k) for t in range(x.start, x.end)
                 if not (k == "place" and view.toks[x.end:x.end + 1] == ("s",))}
        d = next((d for d in view.kind("direction") if d.end < m.start - 2 and view.toks[d.end] == "of"
                  and m.start - 2 - d.end <= 4 and all(
                      t not in named and view.toks[t].isalpha() for t in range(d.end + 1, m.start - 2))), None)
    first = d.start - 2 if d is not None and d.start >= 2 and view.toks[d.start - 1] == "-" else \
        d.start if d is not None else 0
    return d is not None and (first == 0 or view.toks[first - 1] != "the")


def _side_region(view: SentenceMentions, m: Match) -> bool:
    """Whether an Arabic place follows "in" and one word of where ("في شمال البصرة", "بجنوب كركوك"): a side of the
    town or governorate, a wide region; a place of the same governorate named in the sentence ("ناحية الهوير
    التابعة لقضاء المدينة") is where it happened."""
    if not view.has("place_word"):
        return False
    w = next((w for w in view.kind("place_word") if w.end == m.start and w.end - w.start == 1), None)
    return w is not None and (w.clitic.endswith("ب") or any(x.end == w.start for x in view.kind("locative")))


# the longest source label before a headline's colon ("مسؤول محلي في دهوك:", "قيادة عمليات سامراء:"); extract/events.py
# reads it too
HEADLINE_LABEL = 4


def _in_dateline(view: SentenceMentions, m: Match, text: str) -> bool:
    """Whether a place opens the sentence before a dash, as a dateline does, or alone before a colon, as a
    headline's does ("كركوك: عناصر من داعش يهاجمون ..."), or before a slash, as an Arabic paper's does ("البصرة/
    أفاد مصدر ...", "بعقوبة/ المدى")."""
    if dateline_line(view, text):
        return True  # "عين اليوم – أنقرة", "بغداد 25 شوال 1436 هـ الموافق 10 أغسطس 2015 م واس" on a line of its own
    if m.start == 0:
        end = view.sentence.ends[m.end - 1]
        if text[end:end + 1] == ":" or m.end < len(view.toks) and view.toks[m.end] == "/":
            return True
    elif m.end <= HEADLINE_LABEL and m.end < len(view.toks) \
            and ":" in text[view.sentence.ends[m.end - 1]:view.sentence.starts[m.end]]:
        return True  # a source's short label before a headline's colon ("مسؤول محلي في دهوك: قصف ..."): where it sits
    if m.start >= 6 or "-" not in view.toks[m.end:8]:
        return False
    # (the hyphen of a compass word, "In Suwaira, north-west of Kut, ...", is no dateline's dash)
    compass = {d.start for d in view.kind("direction")}
    return any(view.toks[i] == "-" and i + 1 not in compass for i in range(m.end, min(8, len(view.toks))))


# the most tokens of an article's opening line that is only its dateline ("Next Previous عين اليوم – بنغازي (ليبيا)",
# "واشنطن 15 شوال 1436 هـ الموافق 31 يوليو 2015 م واس")
DATELINE_LINE = 14


def dateline_line(view: SentenceMentions, text: str) -> bool:
    """Whether the sentence is the article's opening line of its own and only its dateline: a short line with no
    event word, an outlet's name and a dash beside the town ("عين اليوم – أنقرة") or the town and the day a wire
    filed it ("بغداد 25 شوال 1436 هـ ... واس"). Its town is where the report was filed, not a place the news tells."""
    sentence = view.sentence
    if len(view.toks) > DATELINE_LINE or view.has("trigger") or text[:sentence.start].strip() \
            or text[sentence.end:].lstrip(" \t\xa0")[:1] not in ("\n", ""):
        return False
    return "-" in view.toks or bool(view.dates())


def _choose(entries: list[PlaceEntry], ctx: ArticleContext) -> PlaceEntry:
    """Among same-named entries: one in a governorate the article names, then the finer, then the larger."""
    if len(entries) == 1:  # (most names: nothing to choose)
        return entries[0]
    return max(entries, key=lambda e: (e.admin1_code in ctx.admin1_codes, e.country == ctx.country,
                                      GEO_RANK[e.level], e.population))


# ranges and lakes that stretch over several districts or governorates: the gazetteer gives each one point
_SPANNING = frozenset(("iq-di-p-hamrin-mountains", "iq-sd-p-makhoul-mountains", "iq-sd-p-lake-tharthar",
                       "iq-ka-p-razzaza-lake", "iq-an-p-wadi-horan"))


def best_place(mentions: list[PlaceMention], anchor: int, governs: bool = False) -> PlaceMention | None:
    """The most specific place that agrees with the sentence's other places, nearest to token ``anchor``.

    With ``governs`` (Arabic), a landmark also yields to a governorate told plainly that it does not lie in.

    "Al Tayaran Square in Basrah": a square of that name in Baghdad loses to the governorate the text names;
    "the Zubair district west of Basra": the landmark after "west of" loses to the place it places."""
    if len(mentions) < 2:
        return mentions[0] if mentions else None  # nothing to weigh (most sentences name one place)
    # (a dateline is no vote: "BAGHDAD - ... struck Balad Air Base north of Baghdad" is in Salah ad Din, the
    # landmark's one vote ties and the finer place wins; but "قرية الرشاد التابعة لقضاء المقدادية شمال شرقي
    # بعقوبة" keeps the landmark's vote for the district's governorate)
    codes = Counter(p.entry.admin1_code for p in mentions if not p.dateline) \
        or Counter(p.entry.admin1_code for p in mentions)
    # a landmark yields to a town or district told plainly beside it (wherever), not to a governorate
    # (one in a district of its own governorate: "سلسلة جبال حمرين شرقي قضاء الدور", a range the gazetteer puts
    # elsewhere, does not make the district yield); the dateline places nothing ("RUTBA - ... east of Rutba in
    # western Anbar province" stays at Rutba)
    # a range or lake that spans districts ("the Hamrin mountains north of Al-Azim") yields to the town it is
    # measured from: the gazetteer's one point for the range is further from where it happened than the town
    spans = any(p.entry.id in _SPANNING for p in mentions) and any(
        p.reference and p.entry.id not in _SPANNING and GEO_RANK[p.entry.level] >= GEO_RANK["admin2"]
        for p in mentions)
    plain = [p for p in mentions if not p.reference and not p.dateline
             and GEO_RANK[p.entry.level] >= GEO_RANK["admin2"] and p.entry.admin2
             and not (spans and p.entry.id in _SPANNING)]
    placed = bool(plain)
    # a landmark also yields to a governorate told plainly that it does not lie in ("مصادر في محافظة ديالى شمال شرق
    # بغداد"): the governorate is where, the capital only what it is measured from
    # (Arabic only: in English it moved tolls and statuses of unrelated sentences)
    governed = {p.entry.admin1_code for p in mentions if not p.reference and not p.dateline and not p.institution
                and p.entry.level == "admin1"} if governs else set()
    # a side of a town ("في شمال البصرة") yields to a town or district of its governorate told plainly
    told = {p.entry.admin1_code for p in plain if not p.side} if any(p.side for p in mentions) else set()
    return max(mentions, key=lambda p: (not p.dateline, codes[p.entry.admin1_code], not p.institution,
                                        not (spans and p.entry.id in _SPANNING),
                                        not (p.reference and (placed or bool(governed - {p.entry.admin1_code}))),
                                        not (p.side and p.entry.admin1_code in told),
                                        GEO_RANK[p.entry.level], -abs(p.match.start - anchor)))


def location_of(entry: PlaceEntry) -> Location:
    """A Location at the entry's own precision; governorates and countries get no point."""
    has_point = entry.level in ("place", "admin2")
    return Location(
        country=entry.country,
        admin1=entry.admin1,
        admin1_code=entry.admin1_code,
        admin2=entry.admin2 if entry.level in ("place", "admin2") else None,
        place=entry.name if entry.level == "place" else None,
        lat=entry.lat if has_point else None,
        lon=entry.lon if has_point else None,
        precision=entry.level,  # type: ignore[arg-type]
    )


def country_location(country: str | None) -> Location | None:
    """An unlocated event in the country in focus: no point, precision country."""
    return Location(country=country, precision="country") if country else None


_SEATS: dict[int, tuple[dict[str, PlaceEntry], dict[str, PlaceEntry]]] = {}


def governorate_seat(places: dict[str, PlaceEntry], admin1_code: str) -> PlaceEntry | None:
    """The district that is governorate ``admin1_code``'s seat: the one whose point is the governorate's own (a
    governorate row carries its seat's coordinates, see data/README.md); ``None`` where none shares it (Baghdad).
    Found once per gazetteer."""
    known = _SEATS.get(id(places))
    seats = known[1] if known is not None and known[0] is places else None
    if seats is None:
        heads = {e.admin1_code: (e.lat, e.lon) for e in places.values() if e.level == "admin1" and e.lat is not None}
        seats = {e.admin1_code: e for e in places.values() if e.level == "admin2" and e.admin1_code in heads
                 and (e.lat, e.lon) == heads[e.admin1_code]}
        _SEATS[id(places)] = (places, seats)
    return seats.get(admin1_code)
