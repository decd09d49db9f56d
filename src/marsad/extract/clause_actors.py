"""The doers and the hit of an event: groups and units referred back to, shared subjects, civilians hit."""

from __future__ import annotations

import dataclasses

from ..knowledge.lexicon import CROWD_KINDS, NON_STATE_ARMED, STATE_SIDE, TERRITORY_TYPES, VIOLENT_TYPES, TriggerEntry
from ..knowledge.matcher import Match
from ..records import Event, PLACEHOLDERS, REPORTED_STATUSES
from .clause_cues import counted_toll, dated_here, opens_on_place, rest_of_clause
from .mentions import GOVERNMENT, SentenceMentions
from .merge import TWO_WEAPONS, _dates_overlap, _days_after
from .references import charged
from .reaches import OPENING_CHARS, STATE_OR_ARMED, CASUALTY_NOUN_REACH, HANDOVER_REACH, QUIT_REACH, UNIT_REF_REACH
from .roles import STATE_ACTIONS, casualty_cues, tokens_of
from .seizures import contained_weapons, find_object, found_as_seizure, seizes_weapon, weapon_right_after
from .speech import inside, speaker_spans

# bare plural force nouns: right before a raid word ("ground forces raided a building", "troops raided a farmhouse")
# they tell a state raid though no actor is named
_FORCE_NOUNS = frozenset(("forces", "troops", "soldiers", "commandos", "units"))


def _involved_in(view: SentenceMentions, start: int) -> bool:
    """Whether "involved in" (perhaps with "the") stands right before token ``start``: "a cell leader involved in
    kidnappings" describes the man sought, no deed of the day."""
    toks = view.toks[max(start - 3, 0):start]
    return "involved" in toks and toks[-1] in ("in", "the") and toks.index("involved") < len(toks) - 1


class ActorsMixin:
    """Methods of `ClauseExtractor` (mixed into it): the doers and the hit of an event: groups and units referred back
    to, shared subjects, civilians hit. Expects of ClauseExtractor the attributes ``self.blocked``, ``self.k``,
    ``self.last``, ``self.named``, ``self.sentence_number``, ``self.view_before``. Calls the methods ``_kind``
    (SpeakersMixin), ``_pmf`` (SpeakersMixin), ``sentence_span`` (ClauseExtractor), ``span`` (ClauseExtractor)."""

    def _list_item_agent(self, view: SentenceMentions, event: Event) -> Event:
        """An item of an English list of strikes or raids ("Near Baiji, two airstrikes struck an ISIL large tactical
        unit" after "U.S. and coalition military forces conducted airstrikes against ISIL terrorists in Iraq on June
        21"): a sentence opening on its place, no agent and no day of its own, of the sub-type of the event told in
        the sentence just before, is done by that event's agent."""
        if event.actor1 is not None or not view.toks[0].isascii() or self.last is None:
            return event
        lead, ev = self.last[0], event.evidence
        if self.last[1] != self.sentence_number - 1 or lead.actor1 is None \
                or lead.sub_event_type != event.sub_event_type or event.date != lead.date:
            return event
        if dated_here(event) or ev.location is None or not opens_on_place(view) \
                or ev.location.start - ev.sentence.start > OPENING_CHARS:
            return event
        return dataclasses.replace(event, actor1=lead.actor1)

    # the raids whose doers' burning or taking of property is part of them (not a bombing or a strike, nor ground
    # taken: "ISIS fighters set oil wells ablaze as they withdrew" is an event of its own)
    _RAIDS = ("Armed clash", "Attack", "Abduction/forced disappearance")

    def _found_at_the_scene(self, view: SentenceMentions, event: Event) -> bool:
        """Whether ``event`` is weapons found (a `find_verb`, no defusing word beside it) where the rocket attack or
        strike told just before came from or hit (no place of their own in another district, but for the launch pad),
        on its day: "مؤكدة العثور على عجلة أُطلقت منها الصواريخ", "وأن قوة
        برية دخلت المكان وعثرت على أسلحة وأحزمة ناسفة وجثث المسلحين" after the strike on the hideout are what the
        attack left, no seizure of their own (the gold files code the attack only; a launcher found with a rocket
        defused, "وجرى تفكيكه", stays a disrupted weapon, ar-dev6-012)."""
        last = self.last[0]
        if event.sub_event_type != "Disrupted weapons use" or event.status != "occurred" \
                or last.sub_event_type not in TWO_WEAPONS or last.status not in REPORTED_STATUSES \
                or event.evidence.trigger is None:
            return False
        if event.location is not None and last.location is not None \
                and event.location.admin1_code != last.location.admin1_code:
            return False
        if event.date is not None and last.date is not None and abs(_days_after(event.date, last.date)) > 1:
            return False
        here = self.sentence_span(view)
        if event.evidence.location is not None and here.start <= event.evidence.location.start < here.end \
                and event.location is not None and last.location is not None \
                and event.location.admin2 != last.location.admin2 and not view.has("launch_pad"):
            return False  # weapons found at a place of their own, another district: a find of its own (but the
            # launch pad, found where the rockets were fired from, is the attack's)
        at = event.evidence.trigger.start
        if not any(self.span(view, f.start, f.end).start == at for f in view.kind("find_verb")):
            return False
        seizures = [m for m in view.kind("trigger") if m.payload.sub_event_type == "Disrupted weapons use"]
        return all(self.span(view, m.start, m.end).start == at or any(
            f.start <= m.start < f.end for f in view.kind("find_verb")) for m in seizures)

    def _spoil_of_last(self, event: Event) -> bool:
        """Whether ``event`` is property burnt or taken by the doers of the violent event told just before, on its
        day: "وقال مصدر إن المسلحين أضرموا النار في اثنين من المراكز قبل انسحابهم" after their attack on the police
        stations, "واستولوا على هواتف الرعاة" after the shepherds' abduction, is how that attack went on (as
        `_sentence_events` has it within one sentence), no destruction event of its own."""
        last = self.last[0]
        return event.sub_event_type == "Looting/property destruction" and event.status == "occurred" \
            and last.status in REPORTED_STATUSES and last.sub_event_type in self._RAIDS \
            and event.actor1 is not None and last.actor1 is not None and event.actor1.id == last.actor1.id \
            and _dates_overlap(event.date, last.date)

    @staticmethod
    def _unnamed_shooters(view: SentenceMentions, trigger: Match) -> bool:
        """Whether an English active event verb has for subject, right before it, people named by no actor and no
        crowd ("guards opened fire on a crowd trying to break into a party office"): someone fired on the crowd,
        no crowd fought a crowd."""
        if not view.toks[trigger.start].isascii() or trigger.payload.voice != "active" or not view.has("person"):
            return False
        return any(p.end == trigger.start for p in view.kind("person")) \
            and not any(a.start < trigger.start <= a.end for a in view.kind("actor"))

    def _two_crowds(self, view: SentenceMentions, lo: int, hi: int) -> bool:
        """Whether Arabic tokens lo..hi name two crowds and no armed or state side ("مواجهات بين متظاهرين كرد من جهة،
        ومعتصمين عرب من جهة أخرى"): the fight is between the crowds (the English "clashed with protesters" tells it
        by its word order)."""
        kinds = [self._kind(m) for m in view.longest("actor") if lo <= m.start < hi]
        return sum(k in CROWD_KINDS for k in kinds) >= 2 and not any(k in STATE_OR_ARMED for k in kinds)

    @staticmethod
    def _found_past_subject(view: SentenceMentions, finds: list[Match], triggers: list[Match],
                            held: list[Match]) -> Match | None:
        """A bare Arabic finding verb whose object, opened by على (`find_object`), stands past its subject and the
        search ("عثرت قطعات الفرقة الرابعة خلال تفتيش جزيرة سامراء على اثنتي عشرة عبوة ناسفة"): the seizure, told
        by the verb, of the weapons right after على or held by what was found there ("على مضافة تحتوي على ثلاثة
        أحزمة ناسفة"), which are added to ``held``."""
        for f in finds:
            o = find_object(view, f)
            if o is None:
                continue
            found = [w for w in triggers if seizes_weapon(o, w)] if weapon_right_after(view, o, triggers) else []
            found += contained_weapons(view, o, triggers)
            if found:
                held.extend(found)
                return found_as_seizure(view, f)
        return None

    def _institution(self, view: SentenceMentions, trigger: Match, lo: int, hi: int) -> Match | None:
        """The body a definite institution noun near the event word refers back to ("اعتقلت مفارز المديرية",
        "أن القيادة أنجزت افتتاح مقر"): the latest actor named, earlier in the sentence or the article, whose
        name holds that noun ("مديرية شؤون المخدرات", "قيادة قوات حرس الحدود")."""
        in_actor = tokens_of(view, ("actor",))
        speakers = speaker_spans(view, trigger.start)  # "وقالت الخلية إن الصواريخ ...": the body speaks
        for r in view.kind("institution_ref"):
            if not lo <= r.start < hi or r.start in in_actor or not -6 <= r.start - trigger.start <= 3 \
                    or inside(speakers, r.start, r.end):
                continue
            noun = view.toks[r.start][len(r.clitic):].removeprefix("ال")
            here = [(m.payload, view.toks[m.start:m.end]) for m in view.longest("actor") if m.end <= r.start]
            actor = next((a for a, toks in reversed(self.named + here) if noun in toks), None)
            if actor is not None:
                return Match(r.start, r.end, "actor", actor, r.clitic)
        return None

    def _shared_subject(self, view: SentenceMentions, lo: int) -> bool:
        """Whether English clause ``lo`` opens with "and" and a verb, sharing the subject of a violent event
        word told earlier in the sentence (", and destroyed a weapons cache"), or with a participle that tells
        what it did (", killing one militant and destroying a weapons cache")."""
        toks = view.toks
        if not toks[lo].isascii() or lo + 1 >= len(toks):
            return False
        if toks[lo] == "and":
            if any(m.start == lo + 1 for k in ("actor", "person", "number") for m in view.kind(k)):
                return False  # "and police seized ...": a subject of its own
        elif not (lo > 0 and toks[lo - 1] == "," and toks[lo].endswith("ing")):
            return False
        return any(m.start < lo and m.payload.event_type in VIOLENT_TYPES and m not in self.blocked
                   for m in view.kind("trigger"))

    def _armed_before(self) -> Match | None:
        """The armed non-state actor an English sentence before this one named last (sought only when a "They"
        opens a sentence, not for every sentence)."""
        view = self.view_before
        if view is None or not view.has("actor") or not view.toks[0].isascii():
            return None
        return next((a for a in reversed(view.longest("actor")) if self._kind(a) in NON_STATE_ARMED), None)

    def _preparer(self, view: SentenceMentions, at: int) -> Match | None:
        """The state or armed side (an actor of the lexicon or a country standing for its forces) that is the
        subject of the English plan word at ``at``, right before it past one auxiliary: "Washington was preparing",
        "Iraqi forces are preparing" (not "militants who were preparing": the relative pronoun stands between)."""
        aux = at - 1
        if aux < 1 or not (aux in view.bare("passive_aux") or any(m.start == aux for m in view.kind("present_aux"))):
            return None
        actor = next((m for m in view.longest("actor") if m.end == aux and self._kind(m) in STATE_OR_ARMED), None)
        if actor is not None:
            return actor
        state = next((s for s in view.kind("state_agent") if s.end == aux), None) if view.has("state_agent") else None
        return Match(state.start, state.end, "actor", state.payload.value, state.clitic) if state is not None else None

    def _group_ref(self, view: SentenceMentions, trigger: Match, lo: int, hi: int) -> Match | None:
        """The armed group a definite English noun for its men refers back to ("the militants set fire to
        oil wells" after "recaptured the town from Islamic State"): the latest rebel group named, in the
        sentence or earlier in the article, when the noun stands as the subject just before the event word."""
        speakers = speaker_spans(view, trigger.start)
        for r in view.kind("group_ref"):
            # (Arabic "القوات", valued `state`: the subject before the verb or right after it, "واعتقلت القوات"; not
            # the head of a force's own name, "القوات الأمنية")
            state = r.payload.value == "state"
            if state and trigger.payload.event_type != "Strategic developments":
                continue  # (arrests, seizures: a deed of the state's forces alone; fire opened may be retold)
            if not lo <= r.start < hi or not (0 <= trigger.start - r.end <= 2 or state and r.start == trigger.end) \
                    or inside(speakers, r.start, r.end) or state and any(m.start == r.start for m in view.kind("actor")):
                continue
            # (the state's forces, not its government: "حين فتحت القوات النار" after a minister's words)
            actor = self._latest_of_kind(view, r.start, "State forces", but=GOVERNMENT) if state \
                else self._latest_of_kind(view, r.start, "Rebel group")
            if actor is not None:
                return Match(r.start, r.end, "actor", actor, "")
        return None

    @staticmethod
    def _gunmen_told_before(view: SentenceMentions, agent: Match | None, trigger: Match) -> bool:
        """Whether the event's doers are Arabic definite gunmen ("المسلحين") with no group of their own, the subject
        of a verb: "وأوضح المصدر أن المسلحين أوقفوا الضحايا وأطلقوا النار عليهم" tells how the attack told before was
        done (`merge_events`)."""
        if agent is None or agent.payload not in PLACEHOLDERS or agent.end - agent.start != 1 \
                or trigger.payload.voice == "noun":
            return False
        word = view.toks[agent.start]
        return word.startswith("ال") or word[:1] in "وف" and word[1:3] == "ال"

    def _gunmen_named_before(self, view: SentenceMentions, agent: Match | None,
                             target: Match | None) -> tuple[Match | None, Match | None]:
        """Arabic definite "المسلحون/المسلحين" (the gunmen) refer back to the armed group whose men the sentence
        named before them ("اقتحم مسلحو داعش القرية وأطلق المسلحون النار على الأهالي"): that group's, not unknown
        gunmen; told as the other side of the group itself, they are no second side."""
        sides = [agent, target]
        for i, side in enumerate(sides):
            if side is None or side.payload != "unidentified-gunmen" or side.end - side.start != 1 \
                    or not view.toks[side.start].startswith("ال"):
                continue
            group = next((m.payload for m in reversed(view.longest("actor")) if m.end <= side.start
                          and m.payload in self.k.actors and self._kind(m) == "Rebel group"), None)
            if group is None:
                continue
            other = sides[1 - i]
            sides[i] = None if other is not None and other.payload == group else side._replace(payload=group)
        return sides[0], sides[1]

    def _other_unit(self, view: SentenceMentions, trigger: Match, lo: int, hi: int) -> Match | None:
        """The side "another force" belongs to ("وأضافت القيادة أن قوة أخرى ... ألقت القبض على اثنين", "اعتقلت
        مفرزة أخرى من الخلية مطلوباً"): a unit of the state's forces (or the PMF) that did the event told just
        before, within three sentences, when the unit is the subject before the event word."""
        if self.last is None or self.sentence_number - self.last[1] > 3 or self.last[0].actor1 is None:
            return None
        actor = self.last[0].actor1.id
        entry = self.k.actors.get(actor)
        if entry is None or not (entry.actor.kind == "State forces" or self._pmf(actor)):
            return None
        speakers = speaker_spans(view, trigger.start)
        for r in view.kind("other_unit"):
            # the subject before the event word, or right after its verb ("اعتقلت مفرزة أخرى")
            if lo <= r.start < hi and (0 <= trigger.start - r.end <= 12 or 0 <= r.start - trigger.end <= 1) \
                    and not inside(speakers, r.start, r.end):
                return Match(r.start, r.end, "actor", actor, r.clitic)
        return None

    def _unit_ref(self, view: SentenceMentions, trigger: Match, lo: int, hi: int) -> Match | None:
        """The state force a definite bare unit noun (`unit_ref`: القوة, الدورية) refers back to as the subject of a
        state's action with no doer ("وأضاف أن القوة تمكنت من اعتقال خمسة متهمين" after "قوة من مديرية شؤون
        المخدرات"): the latest state force named, earlier in the sentence or the article (not as the speaker)."""
        speakers = speaker_spans(view, trigger.start)
        in_actor = tokens_of(view, ("actor",))  # (not "القوة الجوية", a force named in full)
        for r in view.kind("unit_ref"):
            if not lo <= r.start < hi or r.start in in_actor or not (0 <= trigger.start - r.end <= UNIT_REF_REACH
                                              or 0 <= r.start - trigger.end <= 1) or inside(speakers, r.start, r.end):
                continue
            actor = self._latest_of_kind(view, r.start, "State forces")
            if actor is not None:
                return Match(r.start, r.end, "actor", actor, r.clitic)
        return None

    def _latest_of_kind(self, view: SentenceMentions, before: int, kind: str, but: str | None = None) -> str | None:
        """The latest actor of ``kind`` (other than ``but``) named before token ``before``, else earlier in the article."""
        here = [m.payload for m in view.longest("actor") if m.end <= before]
        return next((a for a in reversed([a for a, _ in self.named] + here)
                     if a != but and a in self.k.actors and self.k.actors[a].actor.kind == kind), None)

    def _state_doer_of_last(self, event: Event) -> Event:
        """A state's action (an arrest, a cache disrupted) told with no doer ("كما تمكنت مفرزة أخرى من إلقاء القبض
        على إرهابي", "وجرى إلقاء القبض على المتهم", "فككت فرق الجهد الهندسي سبع عبوات") goes on the account of the
        event told in the two sentences before: it was done by that event's state force (its actor1, or the side
        that repelled an attack, its actor2). Not in a sentence told as a separate incident, nor for the same deed
        told again (same sub-type, same day)."""
        last, number = self.last
        if event.actor1 is not None or event.status != "occurred" or event.sub_event_type not in STATE_ACTIONS \
                or self.sentence_number - number > 2 \
                or last.sub_event_type == event.sub_event_type and last.date == event.date:
            return event  # (one deed of that day told again: the merge joins it to the first telling)
        doer = next((a for a in (last.actor1, last.actor2) if a is not None and a.kind in STATE_SIDE), None)
        if doer is None:
            return event
        return dataclasses.replace(event, actor1=doer)

    def _armed_agent_before(self, view: SentenceMentions, i: int) -> bool:
        """Whether a non-state armed group is named before token ``i`` of the sentence."""
        return any(a.start < i and self._kind(a) in NON_STATE_ARMED for a in view.kind("actor"))

    def _handed_over_people(self, view: SentenceMentions, trigger: Match, entry: TriggerEntry, english: bool) -> bool:
        """Whether a bare Arabic word of handing over (weight 1: سلم, تسلمت, تسليم; not a `withdrawal`) hands over
        people or bodies, not ground: a person, civilian or body (`fatality`: جثة) up to `HANDOVER_REACH` words after
        it ("سلم نحو 11 جثة", "تسلمت القيادي"), or "to" right after it, the passive of a person handed to someone
        ("وقد سلمت إلى وزارة الداخلية"). A town or base handed over names its ground ("سلم المسلحون البلدة"). An English
        bare "handed over" hands over a record instead (`record_noun`), see below."""
        if entry.weight != 1 or entry.sub_event_type != "Non-violent transfer of territory" \
                or any(w.start == trigger.start for w in view.kind("withdrawal")):
            return False
        if english:
            # "investigators traced the flight path using radar data handed over by the coalition", "handed over the
            # footage to investigators": a record handed over (`record_noun` right before the reduced passive or
            # after the word), no ground
            return view.has("record_noun") and any(
                trigger.start - 2 <= m.end <= trigger.start or trigger.end <= m.start <= trigger.end + HANDOVER_REACH
                for m in view.kind("record_noun"))
        if trigger.end in view.bare("to_word"):
            return True
        return any(trigger.end <= m.start <= trigger.end + HANDOVER_REACH
                   for k in ("person", "civilian_noun", "fatality") for m in view.kind(k))

    def _quits_no_ground(self, view: SentenceMentions, trigger: Match) -> bool:
        """Whether the first "from" within `QUIT_REACH` words after a word of withdrawal is followed by what is no
        ground (`quit_body`: a programme, talks, a deal): "انسحبت بعض تشكيلات الجيش الحر من برنامج التدريب"."""
        froms = view.bare("from_word")
        at = next((i for i in range(trigger.end, min(trigger.end + QUIT_REACH, len(view.toks))) if i in froms), None)
        return at is not None and any(m.start == at + 1 for m in view.kind("quit_body"))

    def _person_object(self, view: SentenceMentions, trigger: Match) -> bool:
        """Whether a civilian stands right after Arabic verb ``trigger``, or right after the actor that follows it
        (its subject): the verb's object is a man ("اعترضوا التاجر", "اعترض مسلحون الطبيب"). (Not any person word:
        "اعترض عناصر الدفاع الجوي صاروخاً" names the men who intercepted.)"""
        if view.toks[trigger.start].isascii():
            return False
        at = {trigger.end} | {a.end for a in view.kind("actor") if a.start == trigger.end}
        return any(m.start in at for m in view.kind("civilian_noun")) \
            or any(a.start in at and self._kind(a) == "Civilians" for a in view.kind("actor"))

    def _quiet_raid(self, view: SentenceMentions, trigger: Match, agent: Match | None, target: Match | None,
                    fatalities, injured) -> bool:
        """Whether an English raid word (`raid`) tells a state force's raid with no fight: its agent state or
        foreign forces (or none named when the sentence tells an arrest), no armed group as its target, no dead or wounded, and no other fighting word in the
        sentence."""
        if not any(r.start <= trigger.start < r.end for r in view.kind("raid")):
            return False
        if agent is None and not any(m.payload.sub_event_type == "Arrests" for m in view.kind("trigger")) \
                and not (trigger.start > 0 and view.toks[trigger.start - 1] in _FORCE_NOUNS):
            return False  # no one named: a raid "freeing the hostage and detaining four men" is still an arrest raid
        if agent is not None and self._kind(agent) not in STATE_SIDE:
            return False
        if target is not None and self._kind(target) in NON_STATE_ARMED:
            return False
        if counted_toll(fatalities, injured):
            return False
        # (the deeds of the man sought are no fighting: "raided a house where a cell leader involved in kidnappings
        # was staying")
        deeds = [m for m in view.kind("trigger") if m is not trigger and m.payload.event_type in VIOLENT_TYPES]
        # (the deeds of the man sought, charged or "involved in" them, are no fighting)
        sought = [m for m in deeds if charged(view, m) or _involved_in(view, m.start)]
        for m in sorted(deeds, key=lambda d: d.start):
            # (and those listed after it: "involved in kidnapping and car-bomb attacks")
            if m not in sought and any(c.start < m.start and m.start <= c.end + 3 and (
                    m.start < c.end or "and" in view.toks[c.end:m.start]) for c in sought):
                sought.append(m)
        return all(m in sought for m in deeds)

    def _arrest_ambush(self, view: SentenceMentions, trigger: Match, agent: Match | None, fatalities,
                       injured) -> bool:
        """Whether Arabic clash word ``trigger`` is an ambush (`ambush`: كمين) laid for one charged or wanted
        (`accusation` up to two words after it: للمتهم, للمطلوبين), by a state force or no one named before it, with no dead
        or wounded and no other fighting word in the sentence (ground held, "إبان سيطرتها", is none): an arrest ambush."""
        if view.toks[trigger.start].isascii() or not any(
                trigger.start <= m.start < trigger.end for m in view.kind("ambush")):
            return False
        if not any(trigger.end <= a.start <= trigger.end + 2 for a in view.kind("accusation")) and not any(
                m.start >= trigger.end and m.payload.sub_event_type == "Arrests" for m in view.kind("trigger")):
            # (nor followed by the catch it was laid for: "نصبت مفرزة كميناً قرب الحدود، وأوقفت شاحنتين محملتين")
            return False
        if agent is not None and agent.start < trigger.start \
                and self._kind(agent) not in STATE_SIDE:
            return False  # (one named after it is no subject: "... لدى عصابات داعش" tells what the suspect did)
        if counted_toll(fatalities, injured):
            return False
        # (what the men caught confessed to is no fighting: "... وتمكنت من اعتقالهم، مبيناً أنهم اعترفوا بزرع عبوات
        # ناسفة", to the end of the confession's clause)
        confessed = rest_of_clause(view, view.kind("confession")) if view.has("confession") else []
        return not any(not (trigger.start <= m.start < trigger.end) and m.payload.event_type in VIOLENT_TYPES
                       and m.payload.sub_event_type not in TERRITORY_TYPES
                       and not any(lo <= m.start <= hi for lo, hi in confessed) for m in view.kind("trigger"))

    def _force_listed_with_civilians(self, view: SentenceMentions, agent: Match | None, lo: int, hi: int
                                     ) -> Match | None:
        """A state or armed force (not the agent's side) joined by "and" to a civilian noun in one list of those hit,
        within tokens ``lo``..``hi``: "three Peshmerga fighters and a civilian", "a shepherd and two soldiers". Only
        figures, victim nouns, articles, commas and "and" stand between them."""
        toks = view.toks
        covered = {t for k in ("person", "number") for m in view.kind(k) for t in range(m.start, m.end)}
        articles = view.bare("article")
        numbers = {m.start for m in view.kind("number")}
        for a in view.longest("actor"):
            if not lo <= a.start < hi or (agent is not None and a.payload == agent.payload) \
                    or self._kind(a) not in STATE_OR_ARMED:
                continue
            for c in view.kind("civilian_noun"):
                if not lo <= c.start < hi:
                    continue
                gap = range(a.end, c.start) if a.end <= c.start else range(c.end, a.start) if c.end <= a.start else ()
                if 0 < len(gap) <= 4 and any(toks[t] == "and" for t in gap) and all(
                        toks[t] in ("and", ",") or t in covered or t in articles for t in gap) \
                        and any(t in numbers or t >= 0 and toks[t] in ("a", "an")
                                for t in (a.start - 1, c.start - 1, c.start)) \
                        and not any(max(a.end, c.end) <= r.start <= max(a.end, c.end) + 1
                                    or min(a.start, c.start) - 2 <= r.end <= min(a.start, c.start)
                                    for r in view.kind("report_verb")):
                    # (a count of the dead starts the list, and no reporting verb ends or opens it: "residents and
                    # police officials said", "according to police and a doctor" speak, they were not hit)
                    return a
        return None

    @staticmethod
    def _civilian_casualty(view: SentenceMentions, lo: int, hi: int) -> bool:
        """Whether a civilian noun within tokens ``lo``..``hi`` is told as a casualty: right after a casualty word
        or its figure ("أصيب سائق", "مقتل ثلاثة مدنيين", "إصابة ثلاثة من العاملين")."""
        cues = [c.end for c in casualty_cues(view)]
        return any(lo <= m.start < hi and any(end <= m.start <= end + CASUALTY_NOUN_REACH for end in cues)
                   for m in view.kind("civilian_noun"))
