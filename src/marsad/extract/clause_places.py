"""The place of the event a clause tells, and the second places, towns and fronts told beside it."""

from __future__ import annotations

import dataclasses

from ..knowledge.lexicon import ARMED_KINDS
from ..knowledge.matcher import Match
from ..records import Actor, Event, REPORTED_STATUSES, Location, Span
from ..resolve.places import PlaceMention, best_place, country_location, location_of
from .clause_cues import (
    arabic_clause_elsewhere,
    break_opens,
    first_past,
    other_district,
    after_comma,
    past_speaker_place,
    recalled_deed_at,
    side_of_country,
    stable_id,
    tells_no_one,
    violent_word_at,
)
from .mentions import SentenceMentions
from .merge import TWO_WEAPONS, forces_like, names_iraq
from .reaches import FRONT_REACH, ABROAD_REACH, LIST_WORD_REACH, VILLAGE_REACH


class PlacesMixin:
    """Methods of `ClauseExtractor` (mixed into it): the place of the event a clause tells, and the second places, towns
    and fronts told beside it. Expects of ClauseExtractor the attributes ``self.article_id``, ``self.context``,
    ``self.discourse``, ``self.k``, ``self.landmark``, ``self.last``, ``self.new_item``, ``self.placed_kinds``. Calls
    the methods ``_kind`` (SpeakersMixin), ``_token_at`` (ClauseExtractor), ``_without_toll`` (TalliesMixin),
    ``sentence_span`` (ClauseExtractor), ``span`` (ClauseExtractor)."""

    def _place_of_kind(self, view: SentenceMentions, event: Event) -> Event:
        """``event`` placed where the last event of its sub-event type was told to be, when its sentence names no place
        of its own and the place carried over from the sentences before is another district of that governorate
        ("أفاد مصدر بمقتل راعٍ بانفجار عبوة في أطراف المقدادية، فيما قتل صاحب محل برصاص مسلحين وسط بعقوبة. وقال
        المصدر إن العبوة انفجرت على الراعي عصر أمس": the bomb told again is the Muqdadiya one, not in Baquba)."""
        kept = self.placed_kinds.get(event.sub_event_type)
        span = event.evidence.location
        if kept is None or event.location is None or span is None:
            return event
        here = self.sentence_span(view)
        place, place_span = kept
        if here.start <= span.start < here.end or place.admin1_code != event.location.admin1_code \
                or place == event.location or place.admin2 is None:
            return event
        # (only a place carried over from an event of another kind told there: where the article's own place, or a
        # finer one told beside an event's, carries over, it is no other incident's)
        if not any(k != event.sub_event_type and loc == event.location for k, (loc, _) in self.placed_kinds.items()):
            return event
        return dataclasses.replace(event, location=place, evidence=dataclasses.replace(event.evidence, location=place_span))

    def _on_village(self, view: SentenceMentions, trigger: Match, agent: Match | None) -> bool:
        """Whether the attack word ``trigger`` falls on a village (`village_target`): "على قرية" up to
        `VILLAGE_REACH` words after it with no actor between but its agent ("هجوم شنه مسلحو داعش ليلة أمس على
        قرية"), or its direct object ("attack the villages")."""
        for v in view.kind("village_target"):
            if v.payload.value == "object":
                if v.start == trigger.end:
                    return True
            elif trigger.end <= v.start <= trigger.end + VILLAGE_REACH and not any(
                    trigger.end <= a.start < v.start and (agent is None or a.payload != agent.payload)
                    for a in view.kind("actor")):
                return True
        return False

    def _other_governorates(self, view: SentenceMentions, event: Event,
                            places: list[PlaceMention]) -> list[PlaceMention]:
        """The places told after ``event``'s own as where something happened (no landmark, dateline, office or
        side), in another governorate of its country: where a second event of a round-up may be."""
        where = event.location
        if where is None or where.admin1_code is None or event.evidence.location is None:
            return []
        first = self._token_at(view, event.evidence.location.start)
        return [p for p in places if p.match.start > first
                and not (p.reference or p.dateline or p.institution or p.side)
                and p.entry.admin1_code not in (None, where.admin1_code) and p.entry.country == where.country]

    def _told_at(self, view: SentenceMentions, event: Event, p: PlaceMention, toll: bool) -> Event:
        """A second ``event`` at place ``p`` (its own id, from the place's span), with its toll or none."""
        span = self.span(view, p.match.start, p.match.end)
        moved = dataclasses.replace(
            event, event_id=stable_id("e", self.article_id, span.start, event.sub_event_type),
            location=location_of(p.entry), evidence=dataclasses.replace(event.evidence, location=span))
        return moved if toll else self._without_toll(moved)

    def _second_target(self, view: SentenceMentions, event: Event, places: list[PlaceMention]) -> Event | None:
        """A second remote attack told in the sentence of an Arabic strike, bombing or shelling by a target joined
        after a comma with "و" at a place in another governorate ("استهداف قاعدة الاحتلال في عين الأسد غربي الأنبار
        بطائرتين مسيرتين، وقاعدة حرير شمالي أربيل بصواريخ"): one attack per place, as ACLED codes them; it shares
        the first's type, day, parties and status, not its toll."""
        if event.event_type != "Explosions/Remote violence" or event.status not in REPORTED_STATUSES:
            return None
        toks = view.toks
        for p in self._other_governorates(view, event, places):
            i = p.match.start
            # the place itself joined ("، وأربيل") or the target's noun right before it ("، وقاعدة حرير")
            if toks[i - 1] == "," and p.match.clitic.startswith("و") \
                    or i >= 2 and toks[i - 2] == "," and toks[i - 1].startswith("و"):
                return self._told_at(view, event, p, toll=False)
        return None

    def _two_fronts(self, view: SentenceMentions, event: Event, places: list[PlaceMention]) -> list[Event]:
        """An Arabic strike, bombing or shelling on two armed groups, each told just before a place of a country of
        its own ("قصفت الطائرات مواقع للتنظيم في سوريا ومعسكرات للحزب في شمال العراق"): one event per target and
        country, as ACLED codes them (the event's own target at its own place, the other group at the other); the
        second shares the first's type, day, doer and status, not its toll. Empty when the sentence tells no two."""
        if event.event_type != "Explosions/Remote violence" or event.actor2 is None or not view.has("actor"):
            return []
        fronts, lo = [], 0
        for p in places:
            if p.reference or p.dateline or p.institution:
                continue
            armed = [a for a in view.kind("actor") if lo <= a.start and a.end <= p.match.start
                     and p.match.start - a.end <= FRONT_REACH and self._kind(a) in ARMED_KINDS]
            lo = p.match.end
            if armed:
                fronts.append((armed[-1], p))
        if len(fronts) != 2 or fronts[0][1].entry.country == fronts[1][1].entry.country:
            return []
        # the second front joined to the first by "و" in the same clause, no other party between ("في سوريا وبدأت
        # حملة قصف لمخيمات الحزب"; not "فيما سمحت أنقرة للتحالف", nor a frame "مع دخول القصف ... أسبوعه الثاني")
        (second, _), gap = fronts[1], range(fronts[0][1].match.end, fronts[1][0].start)
        toks = view.toks
        if len(gap) > FRONT_REACH + 2 or any(toks[i] == "," for i in gap) \
                or not (second.clitic.startswith("و") or any(toks[i].startswith("و") for i in gap)) \
                or any(a.start in gap and a.payload != second.payload and self._kind(a) in ARMED_KINDS
                       for a in view.kind("actor")):
            return []
        ids = [self.k.actors[a.payload].actor.id for a, _ in fronts]
        doer = event.actor1.id if event.actor1 else None
        if ids[0] == ids[1] or doer in ids or event.actor2.id not in ids:
            return []
        own = ids.index(event.actor2.id)
        out = []
        for k, (a, p) in enumerate(fronts):
            moved = self._told_at(view, event, p, toll=k == own)
            target = self.k.actors[a.payload].actor
            out.append(dataclasses.replace(moved, actor2=target, event_id=event.event_id if k == own else
                                           moved.event_id, evidence=dataclasses.replace(
                                               moved.evidence, actor2=self.span(view, a.start, a.end))))
        return out

    def _second_town(self, view: SentenceMentions, event: Event, places: list[PlaceMention]) -> Event | None:
        """A protest called for in two towns of two governorates joined by "and" ("planned marches in Nasiriyah and
        Basra", "would hold demonstrations in camps around Duhok and in Sinjar town", "تظاهرات في الناصرية والبصرة"):
        one protest per town, as ACLED codes them, the second sharing the first's day, parties and status."""
        where = event.location
        joins, leads = view.bare("and_word"), view.bare("place_lead")  # (as written: a separate و, "and", "in")
        for p in self._other_governorates(view, event, places):
            i = p.match.start
            # "and Basra", "and in Sinjar", "والبصرة", right after a place of the first's governorate (the event's
            # place may be the dateline: "DUHOK - ... in camps around Duhok and in Sinjar town")
            anchor = any(q.entry.admin1_code == where.admin1_code and not q.dateline
                         and q.match.end <= i <= q.match.end + 2 for q in places)
            if anchor and (i - 1 in joins or p.match.clitic.startswith("و") or i - 1 in leads and i - 2 in joins):
                return self._told_at(view, event, p, toll=True)
        return None

    def _listed_towns(self, view: SentenceMentions, event: Event, lists: list[list[PlaceMention]]) -> list[Event]:
        """The other towns of a list the event's own place stands in, each of another governorate, joined by commas
        and "and" ("protesters gathered in Ramadi, Samarra and Mosul", "the clashes spread to Kut and Hilla",
        "Bombs in Sinjar and Makhmour killed ..."): one event per town, as ACLED codes them, sharing the first's
        type, day, parties and status but not its toll (the sentence's toll is the list's). ``lists``: the
        sentence's lists of places (`town_lists`)."""
        where = event.location
        if where is None or where.admin1_code is None or event.evidence.location is None \
                or event.event_type == "Strategic developments" or event.status not in REPORTED_STATUSES \
                or event.date is None or event.date.precision != "day":
            return []
        own = self._token_at(view, event.evidence.location.start)
        word = self._token_at(view, event.evidence.trigger.start) if event.evidence.trigger is not None else own
        sentence = event.evidence.sentence
        if word - 1 in view.bare("article") and word - 1 not in view.bare("indefinite_article") and not any(
                x is not None and sentence.start <= x.start < sentence.end
                for x in (event.evidence.date, event.evidence.fatalities, event.evidence.injured)):
            # "he recalled the battles to liberate Tikrit, Ramadi, Fallujah and Mosul": a definite event word with
            # no day and no toll told of it in the sentence refers to deeds known, not news at each town
            return []
        for chain in lists:
            if not any(p.match.start <= own < p.match.end for p in chain):
                continue
            dated = {i for d in view.dates() for i in range(d.start, d.end)}
            if word >= chain[-1].match.end and sum(1 for i in range(chain[-1].match.end, word) if i not in dated) \
                    > LIST_WORD_REACH:
                # the event word told well after the list ("imposed curfews in Baghdad, Najaf and Nasiriyah on
                # Friday as the death toll from four days of protests neared 100") is no deed done at the list
                return []
            # (another governorate, or another district of the same: "police positions in Samarra and Baiji")
            seen = {(where.admin1_code, where.admin2 if where.admin2 else None)}
            out = []
            for p in chain:
                code = (p.entry.admin1_code, p.entry.admin2 or None)
                if code[0] is None or code in seen or (code[0], None) in seen or p.entry.country != where.country \
                        or code[0] == where.admin1_code and not (code[1] and where.admin2):
                    continue
                seen.add(code)
                out.append(self._told_at(view, event, p, toll=False))
            return out
        return []

    @staticmethod
    def _killing_elsewhere(view: SentenceMentions, primary: Match, trigger: Match, lo: int, hi: int,
                           places: list[PlaceMention], first: Event) -> bool:
        """Whether an Arabic clause opened by a `clause_break` word (فيما, بينما) after the sentence's main event word
        tells a plain killing in another district ("قتل مزارع بانفجار لغم في قضاء خانقين، فيما قُتل سائق برصاص مسلحين
        في ناحية العظيم"): a second deed of a round-up, not the toll of the first."""
        if view.toks[trigger.start].isascii() or trigger.start < primary.end or trigger.payload.voice == "noun":
            return False
        return arabic_clause_elsewhere(view, None, trigger, lo, lo, hi, places, first)

    @staticmethod
    def _other_weapon_clause(view: SentenceMentions, primary: Match, trigger: Match, lo: int) -> bool:
        """Whether an Arabic clause opened by a `clause_break` (فيما, بينما) after the sentence's main event word
        tells the other of an air strike and shelling ("شنت طائرات حربية تركية غارات على جبل متينا، فيما قصفت
        المدفعية التركية أطراف قرى ناحية كاني ماسي"): two weapons' deeds, two events (as `merge._apart` keeps them
        told in two sentences)."""
        if {trigger.payload.sub_event_type, primary.payload.sub_event_type} != TWO_WEAPONS \
                or trigger.start < primary.end or not view.has("clause_break") or view.toks[trigger.start].isascii():
            return False
        return break_opens(view, primary, trigger, lo)

    @staticmethod
    def _contrasted_elsewhere(view: SentenceMentions, primary: Match, trigger: Match, lo: int, hi: int,
                              places: list[PlaceMention], first: Event) -> bool:
        """Whether an English clause opened by "while"/"whereas" (`clause_break`, not "when"; in Arabic فيما/بينما
        opening the clause, another district) after the sentence's
        main event word tells the same kind of event (same sub-event type) in another governorate ("protesters
        stormed the airport in Najaf, while demonstrators in Basra set fire to tyres"): another event, not the main
        one told again."""
        english = view.toks[trigger.start].isascii()
        if first.location is None or not view.has("clause_break") \
                or trigger.payload.sub_event_type != primary.payload.sub_event_type and not english:
            return False
        if not english:
            # (Arabic: a verb clause opened by فيما/بينما right before its verb, in another district: "انفجرت عبوة
            # أمام محل في الحلة، فيما انفجرت الثانية عند محل في قضاء المسيب", two bombings)
            if primary.start > trigger.end and first.location.admin2:
                # (the other way round too, the main event word standing in the فيما clause: "تعرضت قاعدة عين الأسد في
                # ناحية البغدادي لقصف بصواريخ، فيما سقط صاروخ آخر في محيط مطار أربيل": the main clause's deed, in
                # another district, is the first attack)
                return any(trigger.end <= c.start and c.end <= primary.start for c in view.kind("clause_break")) \
                    and any(lo <= p.match.start < hi and p.match.end <= primary.start and other_district(p, first)
                            for p in places)
            return arabic_clause_elsewhere(view, primary, trigger, lo, trigger.end, hi, places, first)
        # (English, either way round and of either weapon: "a mortar round hit near a polling station in Ramadi,
        # while a roadside bomb exploded in Mosul", the bomb the main event word, is the mortar's attack too)
        before, after = sorted((primary, trigger), key=lambda m: m.start)
        if trigger is before and trigger.payload.sub_event_type == primary.payload.sub_event_type:
            return False  # (the main event word's own clause told after: as before, one event)
        cut = next((c for c in view.kind("clause_break") if c.payload.value == "contrast"
                    and before.end <= c.start < after.start), None)
        if cut is None:
            return False
        own = range(cut.end, hi) if trigger is after else range(lo, cut.start)
        return any(p.match.start in own and p.entry.admin1_code
                   and p.entry.admin1_code != first.location.admin1_code for p in places)

    def _abroad(self, view: SentenceMentions, places: list[PlaceMention], trigger: Match) -> bool:
        """English: whether the event word is placed abroad (`abroad`: "in Jordan", "inside Syria") within
        ABROAD_REACH words after it, with no finer place between ("a drone attack on a base in Jordan last
        week"): told as the cause or background of news in Iraq, not an event this coder records."""
        if not view.has("abroad"):
            return False
        at = next((a.start for a in view.kind("abroad") if trigger.end <= a.start <= trigger.end + ABROAD_REACH), None)
        if at is None:
            return False
        if view.has("reference") and any(trigger.end <= r.start < at for r in view.kind("reference")):
            # "targeted the base at Erbil airport with an attack drone, in response to the massacres in Gaza": the
            # place abroad is the one of the event the reference word names, not this one's
            return False
        # Iraq's own forces striking across the border ("Iraqi F-16 jets struck an IS command post inside Syria")
        # are an Iraqi operation: their subject stands right before the event word
        if any(a.end in (trigger.start, trigger.start - 1) and self._kind(a) == "State forces"
               and self.k.actors[a.payload].actor.country == "Iraq" for a in view.kind("actor")):
            return False
        return not any(trigger.start <= q.match.start < at and q.entry.level != "country" for q in places)

    def _national(self, view: SentenceMentions, m: Match | None, where: Location | None) -> Actor | None:
        """The actor of mention ``m``; an Iraqi state force named by a bare common noun ("الشرطة", "جنديين") in an
        event placed in another country is that country's: its like there ("Police Forces of Turkey" for "Police
        Forces of Iraq", else the country's security or military forces), else foreign state forces."""
        if m is None:
            return None
        actor = self.k.actors[m.payload].actor
        if actor.country != "Iraq" or actor.kind != "State forces":
            return actor
        country = where.country if where is not None else None
        if country is None:
            country = self._named_state(view)
        if country in (None, "Iraq"):
            return actor
        named = " ".join(view.toks[m.start:m.end + 1]).lower()  # the mention and the adjective after it
        if names_iraq(self.k, named):
            return actor  # "القوات العراقية", "طائرات F-16 العراقية", "Iraqi F-16 jets" abroad are Iraq's
        return forces_like(self.k, actor, country)

    def _named_state(self, view: SentenceMentions) -> str | None:
        """The foreign country whose state forces or government the sentence names, when it names one only and it is
        the country the article is about ("قال الجيش التركي إن جنديين قتلا في هجوم": the two soldiers of an event
        placed nowhere are Turkey's, not Iraq's)."""
        countries = {self.k.actors[a.payload].actor.country for a in view.kind("actor")
                     if self._kind(a) in ("State forces", "External/Other forces")}
        countries -= {"", None, "Iraq"}  # (the bare nouns in question are Iraq's by default)
        if len(countries) != 1:
            return None
        country = next(iter(countries))
        return country if self.context.country in (None, country) else None

    @staticmethod
    def _country_in_clause(view: SentenceMentions, places: list[PlaceMention], lo: int, hi: int) -> PlaceMention | None:
        """Arabic: a country named as where something happened within the clause [lo, hi): right after a
        `locative` word (في اليمن، فوق سوريا) or with the clitic ب (بتونس); not a party ("الهدنة مع تركيا")."""
        if not view.has("locative") and not any(p.match.clitic.endswith("ب") for p in places) \
                and not (view.has("place_word") and any(w.clitic.endswith("ب") or w.payload.value == "side"
                                                        for w in view.kind("place_word"))):
            return None
        return next((p for p in places if p.entry.level == "country" and lo <= p.match.start < hi
                     and not view.toks[p.match.start].isascii()
                     and (p.match.clitic.endswith("ب") or any(w.end == p.match.start for w in view.kind("locative"))
                          or side_of_country(view, p.match))),
                    None)

    def _place(self, view: SentenceMentions, places: list[PlaceMention], lo: int, hi: int,
               anchor: int) -> tuple[Location | None, Span | None, bool]:
        """(location, evidence, explicit) for a clause: its own place, the sentence's, then the discourse's."""
        fine = [p for p in places if p.entry.level != "country"]
        if fine and view.has("reference") and not view.toks[anchor].isascii():  # (few sentences)
            # "أعلن الحرس الثوري مسؤوليته عن الهجوم، واصفاً إياه بأنه رد على اغتيال القائد قرب مطار بغداد": a place
            # told past a word of response (a `reference` valued `response`: رداً على, انتقاماً) that opens a later
            # clause of its own, after a comma past the event word, is the earlier event's it answers, not this
            # one's (other reference words, "بعد انتزاعه من عجلة للشرطة بمدينة الكوت", often go on at its place)
            toks = view.toks
            recalled = min((r.start for r in view.kind("reference") if anchor < r.start and r.payload.value == "response"
                            and "," in toks[anchor:r.start]), default=len(toks))
            fine = [p for p in fine if p.match.start < recalled]
        if fine and view.has("recall_lead") and not view.toks[anchor].isascii() and violent_word_at(view, anchor):
            # "شنت المقاتلات غارات على مواقع للتنظيم في سوريا بعد أربعة أيام على تفجير سروج", "ارتفاع حدة الهجمات بعد
            # الهجوم الانتحاري الأخير في بلدة سروج": a place told past an earlier deed that "after" names, behind the
            # event word, is that deed's, not the event's
            fine = [p for p in fine if p.match.start < recalled_deed_at(view, anchor)]
        if fine and view.has("later_clause") and not view.toks[anchor].isascii():
            # "قصفت الطائرات مقرين للتنظيم قبل أن تعود إلى قاعدة ديار بكر", "واقتادوه إلى مكان مجهول، ثم ألقوه مساء
            # أمس قرب منطقة الحسينية": a place told after "before" or "then" past the event word, in its own clause
            # too, is the later deed's, not the event's (the place told before places the event)
            later = first_past(view, ("later_clause",), anchor)
            fine = [p for p in fine if p.match.start < later]
        if fine and view.has("call_participle") and not view.toks[anchor].isascii():
            # "أعلنوا عزمهم الخروج بتظاهرة وسط المدينة، داعين أبناء النعمانية والحي إلى المشاركة": a place told after a
            # participle of calling that opens a later clause past the event word is the home of those called on
            called = min((c.start for c in view.kind("call_participle") if c.start > anchor
                          and view.toks[c.start - 1] == ","), default=len(view.toks))
            fine = [p for p in fine if p.match.start < called]
        if fine and view.has("facing") and not view.toks[anchor].isascii():
            # "قصفت المقاتلات مواقع للتنظيم في سوريا المقابلة لمدينة كيليس": a town told right after "opposite" (with
            # at most its kind between), in another country than the one the clause places the event in, is a
            # landmark across the border, not where it happened
            country = self._country_in_clause(view, places, lo, hi)
            if country is not None:
                fine = [p for p in fine if p.entry.country == country.entry.country or not _after_facing(view, p.match)]
        # a dateline in the clause ("بغداد – أعلن الجهاز إلقاء القبض على ...، في عملية نفذت في صحراء راوة") is
        # where the report was filed: a place told in the sentence's text wins over it (best_place below)
        chosen = best_place([p for p in fine if lo <= p.match.start < hi and not p.dateline], anchor,
                            governs=not view.toks[anchor].isascii())
        if chosen is not None and chosen.reference and view.sentence.start > 0 and view.toks[anchor].isascii():
            # a round-up's item opens on its town ("MAHMUDIYA - Police pulled nine bodies from a canal ..., 30 km
            # south of Baghdad"): past the article's own dateline, that opener is where it happened, not the
            # landmark it is measured from
            chosen = next((p for p in fine if p.dateline and lo <= p.match.start < hi
                           and p.entry.level in ("admin2", "place")), chosen)
        if chosen is None and not view.toks[anchor].isascii() and _country_region_in(view, lo, hi):
            # "بينما قتل أربعة شرطيين في انفجار قنبلة في جنوب شرقي البلاد" after attacks told in Istanbul: a clause
            # that places its deed only in a region of the country ("شمال البلاد") is not at a town another clause
            # of the sentence named; it stands in that country, at country precision
            told = best_place(fine, anchor)
            if told is not None:
                return country_location(told.entry.country), None, False
        if chosen is None and not view.toks[anchor].isascii() and _nationwide_in(view, lo, hi):
            # "أوقفت الشرطة 251 شخصاً في حملة أطلقت في كل أنحاء البلاد" after a blast told in one town: a deed told
            # across the whole country stands in that country (the one named after "أنحاء", else the one the article
            # was placed in), not at the town a sentence before named
            named = next((p for p in places if p.entry.level == "country" and lo <= p.match.start < hi
                          and view.toks[p.match.start - 1] in view.forms("parts_word")), None)
            country = named.entry.country if named is not None else \
                self.discourse.place[0].entry.country if self.discourse.place is not None else self.context.country
            return country_location(country), None, False
        chosen = chosen or best_place(fine, anchor, governs=not view.toks[anchor].isascii())
        if chosen is not None and chosen.entry.level == "admin1" and not chosen.dateline:
            # "شهدت مدينة الكوت احتجاجات، إذ اقتحم محتجون مبنى ديوان محافظة واسط": the governorate named in the
            # clause yields to a town or district of it the sentence told
            finer = best_place([p for p in fine if p.entry.admin1_code == chosen.entry.admin1_code and not p.dateline
                                and not p.institution and not p.reference and p.entry.level in ("admin2", "place")],
                               anchor)
            chosen = finer or chosen
        if chosen is not None and not chosen.dateline and view.has("report_verb") \
                and not view.toks[anchor].isascii():
            chosen = past_speaker_place(view, fine, chosen, lo, hi)
        if chosen is not None and chosen.reference and self.discourse.place is not None \
                and view.toks[anchor].isascii():
            # "on the Diwaniyah-Samawah highway" in a story told in Samawah: of a road's two ends (landmarks both),
            # the one the article has placed itself in is where, not the nearer one (English: an Arabic road's
            # first end is where it starts, often the town of the news, see resolve/places.py)
            home = self.discourse.place[0].entry
            chosen = next((p for p in fine if p.reference and lo <= p.match.start < hi and not p.dateline
                           and p.entry.admin1_code == home.admin1_code
                           and (p.entry.admin2 == home.admin2 or not home.admin2)), chosen)
        if chosen is not None and chosen.dateline:
            # "ANKARA - Turkish forces neutralised seven PKK militants ... in northern Iraq": the country in focus,
            # named in the clause and not the dateline's, is where it happened; the dateline is only where it was
            # filed (a neighbour named in the clause, "near the al-Walid crossing with Syria", is no such country)
            abroad = next((p for p in places if p.entry.level == "country" and lo <= p.match.start < hi
                           and not p.dateline and p.entry.country != chosen.entry.country
                           and p.entry.country == self.context.country), None)
            if abroad is not None:
                return self._in_country(view, abroad)
            region = next((p for p in places if p.entry.level == "country" and lo <= p.match.start < hi
                           and not p.dateline and p.entry.country == chosen.entry.country
                           and _english_region_of(view, p.match.start)), None)
            if region is None and chosen.entry.name in _CAPITALS and _english_border_in(view, lo, hi):
                # "BAGHDAD - ... a position of the PMF near the Syrian border": nor is a border of it (far from
                # the capital the report was filed in; a border town's own dateline may well be the place)
                region = next((p for p in places if p.entry.level == "country" and p.entry.country
                               == chosen.entry.country), None)
                if region is None:
                    return country_location(chosen.entry.country), None, False
            if region is not None:
                # "BAGHDAD - US air strikes hit three bases in western Iraq": a side of the dateline's own country
                # is not its city; the deed stands in that country, at country precision
                return self._in_country(view, region)
        if chosen is not None and chosen.institution and self.discourse.place is not None \
                and (self.discourse.place[0].entry.admin1_code == chosen.entry.admin1_code
                     or view.toks[anchor].isascii() or chosen.spoken) \
                and not (chosen.entry.level in ("admin2", "place") and self.discourse.place[0].entry.level == "admin1"
                         and not view.toks[anchor].isascii()):
            # "قال مصدر في شرطة البصرة": the source's province; the place told before is finer (English, and an Arabic
            # place where a source sat or spoke: any place told before, "..., said Major X, a spokesman in Basra"
            # after a clash in Amara, "وقال للصحفيين في بغداد" after a blast in Hilla); not an Arabic unit
            # named by its town after only the governorate was told ("قيادة شرطة كربلاء ... ألقت مفارز مركز شرطة عين
            # التمر القبض على"): the station's town is finer, where its men acted
            chosen = None
        self.landmark = chosen is not None and chosen.reference
        if chosen is not None:
            home = self.discourse.place[0] if self.discourse.place is not None else None
            placed = chosen.entry
            if chosen.entry.level == "admin1" and home is not None and not self.new_item \
                    and home.entry.admin1_code == chosen.entry.admin1_code \
                    and home.entry.level in ("admin2", "place"):
                # "الحلة – ... المواجهات التي شهدها محيط مبنى محافظة بابل", "AMARAH - ... a demonstration in front
                # of the Maysan governorate building": a governorate told alone yields to the town or district of it
                # the article has placed itself in (not across the items of a roundup); the governorate told is
                # the place's evidence in the sentence
                placed = home.entry
            return location_of(placed), self.span(view, chosen.match.start, chosen.match.end), True
        if view.has("same_place") and self.last is not None and self.last[0].location is not None \
                and self.last[0].location.admin1_code:
            return self.last[0].location, None, False  # "in the same area": where the event before happened
        if self.discourse.place is not None:
            p, span = self.discourse.place
            abroad = self._country_in_clause(view, places, lo, hi)
            if abroad is not None and abroad.entry.country != p.entry.country:
                # "وفي سياق آخر، قتل خمسة أشخاص في غارة في اليمن" in an article placed in Kirkuk: the clause's
                # own country, not the place told before, which lies in another (a country is no place told:
                # it lends the event word no support)
                return self._in_country(view, abroad)
            return location_of(p.entry), span, False
        # "واصلت أنقرة حملتها داخل تركيا، بينما قصفت طائراتها مواقع في شمال العراق": the country the clause places its
        # event in ("في شمال العراق"), not the first the sentence names (which may be the doer), is where it happened
        here = self._country_in_clause(view, places, lo, hi)
        # "Suicide blasts rock police HQ in central Iraq", "Car bombs kill 20 in Iraq town": a region of the
        # country, or an unnamed town of it, is the scene told, no party: it is the clause's own place, at country
        # precision (a country alone stays none: "Iraq condemns attacks")
        scene = None if fine else next((p for p in places if p.entry.level == "country" and lo <= p.match.start < hi
                                        and view.toks[p.match.start].isascii() and _english_scene_in(view, p.match)),
                                       None)
        told = (self.span(view, scene.match.start, scene.match.end), True) if scene is not None else (None, False)
        country = scene.entry.country if scene is not None else here.entry.country if here is not None else \
            next((p.entry.country for p in places if p.entry.level == "country"), None)
        # an article whose places all lie in one governorate, even when told after the event ("... clashed in
        # the mountains. The area is in Duhok."), places its unplaced events there, at governorate precision
        if len(self.context.every_code) == 1:
            (code,) = self.context.every_code
            entry = self.k.places.get(code.lower())
            if entry is not None and entry.country == (country or self.context.country):
                return location_of(entry), *told
        return country_location(country or self.context.country), *told

    def _in_country(self, view: SentenceMentions, country: PlaceMention) -> tuple[Location, Span, bool]:
        """(location, evidence, explicit) for an event placed by a country named in its clause: the country only."""
        return country_location(country.entry.country), self.span(view, country.match.start, country.match.end), False

    def _place_phrase_after(self, view: SentenceMentions, hi: int, place_at: int) -> bool:
        """Whether the words from ``hi`` (the comma closing a clause, or the word after it) to a place at
        ``place_at`` open on a word of where (`place_word`: قرب, وسط, شمال) and hold no event word or reporting verb:
        a place phrase set off by a comma that goes on with the clause before."""
        i = after_comma(view, hi)
        if i >= place_at or view.toks[i - 1] != "," or not any(w.start == i for w in view.kind("place_word")):
            return False
        return tells_no_one(view, i, place_at)


def _after_facing(view: SentenceMentions, m: Match) -> bool:
    """Whether a place follows a word of "opposite" (`facing`: المقابلة لـ, قبالة), with at most a word of its kind
    (مدينة, بلدة) between."""
    return any(f.end == m.start or f.end == m.start - 1 and any(w.start == f.end for w in view.kind("admin_word"))
               for f in view.kind("facing"))


_REGION_SIDES = frozenset({"شمال", "جنوب", "شرق", "غرب", "وسط", "شمالي", "جنوبي", "شرقي", "غربي"})


_EN_REGION_SIDES = frozenset({"northern", "southern", "eastern", "western", "central", "north-western",
                              "north-eastern", "south-western", "south-eastern", "northwestern", "northeastern",
                              "southwestern", "southeastern", "northwest", "northeast", "southwest", "southeast"})


def _english_region_of(view: SentenceMentions, at: int) -> bool:
    """Whether the English country named at token ``at`` follows a side word ("western Iraq", "north-east Syria")."""
    return at > 0 and view.toks[at - 1] in _EN_REGION_SIDES


_EN_SETTLEMENTS = frozenset({"town", "city", "village", "province"})


def _english_scene_in(view: SentenceMentions, m: Match) -> bool:
    """Whether an English country told after "in" is a scene: a region of it before ("in northern Iraq") or an unnamed
    settlement of it after ("in Iraq town", "in an Iraqi village")."""
    toks = view.toks
    at = m.start - 1 - (m.start > 0 and toks[m.start - 1] in _EN_REGION_SIDES)
    at -= at > 0 and toks[at] in ("a", "an", "the")
    return at >= 0 and toks[at] == "in" and (_english_region_of(view, m.start)
                                             or m.end < len(toks) and toks[m.end] in _EN_SETTLEMENTS)


_CAPITALS = frozenset({"Baghdad", "Damascus", "Tehran", "Ankara", "Amman", "Beirut", "Riyadh"})
_EN_NEIGHBOURS = frozenset({"syrian", "iranian", "turkish", "jordanian", "saudi", "kuwaiti", "iraqi", "lebanese",
                            "israeli", "afghan", "pakistani"})


def _english_border_in(view: SentenceMentions, lo: int, hi: int) -> bool:
    """Whether the English clause [lo, hi) names a country's border ("near the Syrian border", "the Iranian
    frontier")."""
    toks = view.toks
    return any(toks[i] in ("border", "frontier") and toks[i - 1] in _EN_NEIGHBOURS
               and toks[i - 2] == "the" for i in range(max(lo, 2), min(hi, len(toks))))


def _nationwide_in(view: SentenceMentions, lo: int, hi: int) -> bool:
    """Whether the Arabic clause [lo, hi) tells its deed across a whole country ("في كل أنحاء البلاد", "في جميع
    أنحاء تركيا"): a `parts_word` after a `whole_lead`, not before a `part_noun` ("أنحاء المدينة")."""
    toks, parts, leads = view.toks, view.forms("parts_word"), view.forms("whole_lead")
    part_nouns = view.forms("part_noun")
    return any(toks[i] in parts and toks[i - 1] in leads and i + 1 < len(toks)
               and toks[i + 1] not in part_nouns for i in range(max(lo, 1), min(hi, len(toks))))


def _country_region_in(view: SentenceMentions, lo: int, hi: int) -> bool:
    """Whether the Arabic clause [lo, hi) names a region of the country ("في جنوب شرقي البلاد")."""
    toks = view.toks
    return any(toks[i] in ("البلاد", "بلاد") and toks[i - 1] in _REGION_SIDES
               for i in range(max(lo, 1), min(hi, len(toks))))
