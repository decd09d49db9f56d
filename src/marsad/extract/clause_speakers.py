"""Who speaks of an event: announcers, claimants of their own deeds, threats in their own word, the blamed."""

from __future__ import annotations

import dataclasses

from ..knowledge.lexicon import ARMED_KINDS, NON_STATE_ARMED, STATE_SIDE
from ..knowledge.matcher import Match
from ..records import Event, Evidence
from .clause_cues import (
    aside_before,
    modal_between,
    opening_speaker,
    participle_compound,
    self_after_report,
    stable_id,
)
from .mentions import SentenceMentions
from .reaches import (
    STATE_OR_ARMED,
    ANNOUNCE_REACH,
    OWN_ACCOUNT_GAP,
    OWN_DEAD_REACH,
    OWN_NEWS_OPENING,
    OWN_THREAT_REACH,
    SELF_CLAIM_REACH,
)
from .references import accused_deed, blamed_for
from .roles import blamed, casualty_cues, planted, self_speaker
from .speech import said_by, says_that, speaking_bodies


class SpeakersMixin:
    """Methods of `ClauseExtractor` (mixed into it): who speaks of an event: announcers, claimants of their own deeds,
    threats in their own word, the blamed. Expects of ClauseExtractor the attributes ``self.anaphoric``,
    ``self.article_id``, ``self.k``, ``self.last``, ``self.sentence_number``. Calls the methods ``sentence_span``
    (ClauseExtractor), ``span`` (ClauseExtractor)."""

    @staticmethod
    def _blame_over_span(view: SentenceMentions) -> bool:
        """An English sentence telling event words over a span of time ("has been hit several times by rockets since
        2021, with officials blaming armed factions close to Iran"): the blame is of those earlier attacks, not of
        the event told before; so one whose event words are history ("Kurdish officials have blamed Iran-aligned
        factions for earlier attacks": a `background` cue)."""
        return view.toks[0].isascii() and view.has("trigger") and (view.has("since") or view.has("background"))

    @staticmethod
    def _blamed_back(view: SentenceMentions, m: Match) -> bool:
        """Whether blocked event word ``m`` is an Arabic definite noun that someone is blamed or accused for ("اتهم
        المصدر تنظيم داعش بالوقوف وراء الهجوم"): the event told before, not other events."""
        return not view.toks[m.start].isascii() and view.toks[m.start][len(m.clitic):].startswith("ال") \
            and (blamed_for(view, m) or accused_deed(view, m))

    @staticmethod
    def _describes_blamed(view: SentenceMentions, m: Match) -> bool:
        """Whether blocked event word ``m`` opens a relative clause right after the Arabic party blamed ("اتهموا داعش
        الذي يسيطر على قرى قريبة منذ حزيران"): what the clause tells describes the one blamed, no other event."""
        return m.start >= 2 and not view.toks[m.start].isascii() \
            and any(r.end == m.start and r.start == r.end - 1 for r in view.kind("relative")) \
            and any(a.end == m.start - 1 and blamed(view, a) for a in view.kind("actor"))

    def _blame_of_last(self, view: SentenceMentions) -> list[Event]:
        """"Officials blamed ISIS." after an attack told with no agent: a mention of that attack whose agent
        is the one blamed (merged into it as a definite mention is)."""
        agent = next((m for m in view.kind("actor") if blamed(view, m)
                      and self._kind(m) != "Civilians"), None)
        if agent is None:
            # who planted the bomb ("إن العبوة زرعها عناصر من داعش") did it
            agent = next((m for m in view.kind("actor") if planted(view, m)
                          and self._kind(m) != "Civilians"), None)
            if agent is None:
                return []
        last = self.last[0]
        evidence = Evidence(sentence=self.sentence_span(view), trigger=last.evidence.trigger,
                            actor1=self.span(view, agent.start, agent.end))
        event = dataclasses.replace(last, event_id=stable_id("e", self.article_id, evidence.sentence.start, "blame"),
                                    actor1=self.k.actors[agent.payload].actor, actor2=None, fatalities=None,
                                    injured=None, evidence=evidence)
        self.anaphoric[event.event_id] = self.sentence_number
        return [event]

    def _own_word(self, view: SentenceMentions, agent: Match, trigger: Match, english: bool) -> bool:
        """Whether the doer ``agent`` of a threatened deed says it in its own word: a word of threat (`threaten`)
        right after it, then the deed within twelve words with a modal, future or self-reference between ("Kataib
        Hezbollah threatened to target", "the factions vowed they would strike"), or, in Arabic, the verb of threat
        right before it ("هددت كتائب حزب الله باستهداف"). An armed group or a state's forces only."""
        if self._kind(agent) not in STATE_OR_ARMED:
            return False
        if not agent.end <= trigger.start <= agent.end + 12:
            return False
        return any(agent.end <= m.start and m.end <= trigger.start for m in view.kind("threaten")) \
            and modal_between(view, agent, trigger, ("modal", "future", "self_ref")) \
            or not english and any(m.end <= agent.start <= m.end + 2 for m in view.kind("threaten"))

    def _own_threat(self, view: SentenceMentions, trigger: Match, lo: int) -> Match | None:
        """The armed group or state that says it would do the English event (`self_ref`: "it", "they", "we" told
        after "that" as the subject of a modal or future verb): "Kataib Hezbollah warned that it would resume
        strikes". The speaker stands right before its reporting or warning verb, or before an aside set off by
        commas. (`self_ref` is English only: Arabic أنها made wrongly typed threats, see the data README.)"""
        ref = next((r for r in view.kind("self_ref") if lo <= r.start and r.end <= trigger.start <= r.end + OWN_THREAT_REACH
                    and (modal_between(view, r, trigger, ("modal", "future"))
                         # "its drones would hit": the modal after the noun
                         or r.end == trigger.start and any(m.start == trigger.end for k in ("modal", "future")
                                                           for m in view.kind(k)))), None)
        if ref is None:
            return None
        conditions = {c.start for c in view.kind("conditional")}
        # the nearest verb at most four words before it, a condition told first not counting ("said in a statement
        # that if Washington struck again, its drones would hit")
        verb = max((v for v in view.kind("report_verb") + view.kind("modal") if v.end <= ref.start
                    and v.start not in conditions and sum(
                        not any(c <= i and "," not in view.toks[c:i] for c in conditions)
                        for i in range(v.end, ref.start)) <= 4), key=lambda v: v.start, default=None)
        if verb is None:
            return None
        # "Kataib Hezbollah, which last week announced a truce, warned": the subject before the aside
        start = aside_before(view.toks, verb.start)
        start = verb.start if start is None else start
        speaker = max((m for m in view.longest("actor") if m.end <= start and start - m.end <= 1),
                      key=lambda m: m.start, default=None)
        if speaker is None or self._kind(speaker) not in STATE_OR_ARMED:
            return None
        return Match(ref.start, ref.end, "actor", speaker.payload, "")

    def _kind(self, m: Match) -> str:
        """The kind of the actor that actor match ``m`` names ("State forces", "Protesters", ...)."""
        return self.k.actors[m.payload].actor.kind

    def _fighting_force(self, m: Match) -> bool:
        """Whether actor match ``m`` names an armed group or a state's forces, not a government itself (ACLED names
        those "Government of ...": a prime minister or cabinet that "shelled" or "launched an attack on" someone did
        it with words)."""
        actor = self.k.actors[m.payload].actor
        return actor.kind in NON_STATE_ARMED or actor.kind in STATE_SIDE and "Government" not in actor.name

    def _armed_speaker(self, m: Match | None) -> bool:
        """Whether ``m`` names an armed group, whose word of its own attack is its claim (not the PMF, whose
        commission speaks as a state body does)."""
        return m is not None and self._kind(m) in ARMED_KINDS and not self._pmf(m.payload)

    def _pmf(self, actor_id: str) -> bool:
        """Whether actor ``actor_id`` is the PMF or one of its factions."""
        return "pmf" in (actor_id, self.k.actors[actor_id].parent)

    def _flying_announcer(self, view: SentenceMentions, trigger: Match) -> Match | None:
        """The state or foreign force whose statement tells an air strike with no one named flying it."""
        return next((a for a in speaking_bodies(view, trigger.start) if self._kind(a) in STATE_SIDE), None)

    def _state_announcer(self, view: SentenceMentions, trigger: Match) -> bool:
        """Whether a state body (or the PMF) speaks of the event noun."""
        return any(self._kind(a) == "State forces" or self._pmf(a.payload) for a in speaking_bodies(view, trigger.start))

    def _own_dead_speaker(self, view: SentenceMentions, trigger: Match) -> Match | None:
        """The state or armed force that speaks of its own men (`own_forces`: جنوده, عناصره) told as dead or
        wounded before the event word: "أعلن الجيش الأميركي مقتل اثنين من جنوده بانفجار عبوة", or named before the
        passive verb of their death right after them, counted with "of" ("أعلن الجيش أن ثلاثة من جنوده قتلوا بانفجار
        عبوة"; not "أن قواتها حيدت ستة", its men's own deed)."""
        of = view.bare("of_word")
        return next((a for a in speaking_bodies(view, trigger.start) if self._kind(a) in STATE_SIDE + NON_STATE_ARMED
                     and any(a.end <= c.start and c.end <= o.start <= c.end + OWN_DEAD_REACH and o.end <= trigger.start
                             or a.end < o.start and o.start - 1 in of
                             and o.end <= c.start <= o.end + 1 and c.end <= trigger.start
                             for c in casualty_cues(view) for o in view.kind("own_forces"))), None)

    def _announcer(self, view: SentenceMentions, trigger: Match) -> Match | None:
        """The armed group that opens the sentence announcing the event noun it names: "أعلنت المقاومة
        الإسلامية في العراق، فجر اليوم، استهداف قاعدة عين الأسد" (an armed group announcing its own attack
        claims it; a "that" between opens a report of someone else's)."""
        group = opening_speaker(view, 2)
        # (the PMF's commission speaks as a state body does: "أعلنت هيئة الحشد تفاصيل الهجوم")
        if not self._armed_speaker(group) \
                or trigger.start < group.end or says_that(view, group.end, trigger.start):
            return None
        # the weapon told after the target ("استهداف قاعدة ... بطائرتين مسيرتين") is the announced attack's
        first = next((a.start for a in view.kind("attack_noun") if group.end <= a.start <= trigger.start), trigger.start)
        # an aside set off by commas between the group and its attack does not count: "أعلنت المقاومة الإسلامية في
        # العراق، في بيانين منفصلين نشرتهما مساء أمس الاثنين، استهداف قاعدة ..."
        gap = view.toks[group.end:first]
        commas = [i for i, t in enumerate(gap) if t == ","]
        aside = commas[-1] - commas[0] if len(commas) >= 2 else 0
        return group if first - group.end - aside <= ANNOUNCE_REACH and trigger.start - first <= ANNOUNCE_REACH * 3 \
            else None

    def _own_announcement(self, view: SentenceMentions, trigger: Match) -> bool:
        """Whether the sentence opens on a body announcing the event noun as its own news ("أعلنت كتائب حزب الله،
        مساء أمس الثلاثاء، تعليق عملياتها", "من جهة أخرى، أعلنت ..."): a report verb among its first
        `OWN_NEWS_OPENING` words, the body (no civilians) right after it (`opening_speaker`), the noun within
        `ANNOUNCE_REACH` * 3 words after the body, no "that" between."""
        body = opening_speaker(view, OWN_NEWS_OPENING)
        return body is not None and self._kind(body) != "Civilians" \
            and body.end <= trigger.start <= body.end + ANNOUNCE_REACH * 3 \
            and not says_that(view, body.end, trigger.start)

    def _self_claimant(self, view: SentenceMentions, trigger: Match) -> Match | bool | None:
        """The armed group that says it did the Arabic event word right after "that it" (`self_that`: إنه, إنها,
        بأنها): the speaker of that word (`said_by`) named after a reporting verb up to `SELF_CLAIM_REACH` words
        before, an armed actor (returned) or a bare word for the group already named (`group_word`: الجماعة,
        التنظيم; True). "إن" with no pronoun opens someone else's report: None."""
        if not view.has("self_that") or not view.has("report_verb"):
            return None
        word = next((w for w in view.kind("self_that") if w.end == trigger.start), None)
        if word is None:
            return None
        verb = next((r for r in reversed(view.kind("report_verb"))
                     if word.start - SELF_CLAIM_REACH <= r.end <= word.start), None)
        if verb is None:
            return None
        group = said_by(view, word, trigger.start, verb.end)
        if group is not None:
            return group if self._armed_speaker(group) else None
        return True if verb.end in view.bare("group_word") else None

    def _own_men_speaker(self, view: SentenceMentions, trigger: Match) -> Match | None:
        """The armed non-state group that says its own men did the event (English: "Islamic State said its
        fighters attacked", "the HPG said its fighters had killed"): the subject of the reporting verb, whose
        men (`own_forces`) stand right before the event verb. State bodies' reports of their forces' actions
        stay facts ("the service said its forces had arrested"), as the Arabic announcer rule has it."""
        toks = view.toks
        verb = trigger
        if trigger.payload.voice == "noun":
            # "said its fighters had killed the mukhtar ... in an attack on Wednesday": the noun that dates the
            # deed is the same claimed deed
            verb = max((m for m in view.kind("trigger") if m.end <= trigger.start and m.payload.voice == "active"
                        and not any(r.start >= m.end and r.end <= trigger.start for r in view.kind("report_verb"))),
                       key=lambda m: m.start, default=trigger)
        aux = view.forms("perfect_aux")
        own = next((w for w in view.kind("own_forces") if w.end <= verb.start
                    and all(t in aux for t in toks[w.end:verb.start])), None)
        selfish = False
        if own is None and view.has("self_that") and verb.payload.voice == "active":
            # "The Islamic Resistance in Iraq said it targeted Harir air base": the group's own "it" (`self_that`),
            # the subject of what it says, right before the verb (an armed non-state group only: "the US military
            # said it struck" tells a state's operation, a fact)
            own = next((w for w in self_after_report(view) if w.end <= verb.start
                        and all(t in aux for t in toks[w.end:verb.start])), None)
            selfish = own is not None
        # "said one of its suicide bombers had driven an explosives-laden Humvee into an army position": its own men
        # named by the event word itself (an `own_forces` phrase holding the noun trigger), the doers of that attack
        holding = next((w for w in view.kind("own_forces") if w.start < trigger.start and trigger.end <= w.end), None) \
            if own is None and trigger.payload.voice == "noun" else None
        if holding is not None:
            own = holding
        elif own is None and verb is trigger and view.has("subject_link"):
            # "said it had launched a drone at Harir air base": a verb of doing (`subject_link`) and an article
            # between the group's own men and the event noun
            links = {t for m in view.kind("subject_link") if m.payload.value != "lead" for t in range(m.start, m.end)}
            articles = view.forms("article")
            # (a place name may stand before the noun: "had carried out the Sadr City bombing")
            named = {t for p in view.kind("place") if p.end == trigger.start for t in range(p.start, p.end)}
            # (and a figure: "said it had launched three drones at the base")
            named |= {t for q in view.quantities() if q.end == trigger.start for t in range(q.start, q.end)}
            # (or the group's own "it" right after its reporting verb, an armed non-state group only: "says it
            # launched a drone at US forces")
            selves = self_after_report(view) if view.has("self_that") else []
            own = next((w for w in view.kind("own_forces") + selves if w.end < trigger.start
                        and any(t in links for t in range(w.end, trigger.start))
                        and all(t in links or toks[t] in aux or toks[t] in articles or t in named
                                for t in range(w.end, trigger.start))), None)
            selfish = own is not None and own.kind == "self_that"
        elif own is not None and verb.payload.voice != "active" and not (
                verb.payload.voice == "noun" and verb.start > 0 and toks[verb.start - 1] in aux):
            # (a participle trigger after its own perfect "had" is the verb of doing: "said on Sunday it had blown up
            # a convoy")
            return None
        if own is None:
            return None
        verb = max((r for r in view.kind("report_verb") if r.end <= own.start), key=lambda r: r.start, default=None)
        if verb is None:
            return None
        # "The Islamic Resistance in Iraq, an umbrella of Iran-aligned armed groups, said": the subject before
        # an appositive set off by commas, not a party the appositive names
        opening = aside_before(toks, verb.start)
        group = next((m for m in view.longest("actor") if m.end == opening), None) if opening is not None else None
        # (or the party that leads the group speaking: "An al-Qaeda-led group said on Friday it had killed")
        group = group or max((m for m in view.longest("actor") if m.end <= verb.start and (
            verb.start - m.end <= 2 or verb.start - m.end == 3 and participle_compound(toks, m.end))),
                             key=lambda m: m.start, default=None)
        if group is None or selfish and self._kind(group) not in NON_STATE_ARMED:
            return None
        # (a PMF faction saying it struck US forces claims it: "Kataib Hezbollah said it had fired rockets at Ain
        # al-Asad"; the PMF's commission speaks as a state body)
        return group if self._kind(group) in ARMED_KINDS and group.payload != "pmf" else None

    def _own_account(self, view: SentenceMentions, agent: Match, words: tuple[Match, ...], lo: int, voice: str) -> bool:
        """Whether ``agent``, named before one of its own-men words (`own_forces`: قواتها، مقاتليها) that stands
        within `OWN_ACCOUNT_GAP` tokens before an event word of ``words``, or the speaker saying it did the first
        of them (`self_speaker` from token ``lo``, of its ``voice``), is a foreign force or an armed group telling its
        own deed."""
        actor = self.k.actors[agent.payload].actor
        if not (actor.kind in NON_STATE_ARMED or actor.country not in (None, "", "Iraq")):
            return False
        if any(agent.end <= w.start and any(0 <= t.start - w.end <= OWN_ACCOUNT_GAP for t in words)
               for w in view.kind("own_forces")):
            return True
        # "قالت المقاومة الإسلامية إنها استهدفت بطائرتين مسيرتين قاعدة", "أن مجاهديها استهدفوا ... بطائرتين": the
        # speaker saying it (or its men) did the deed, the agent the roles gave it (`self_speaker`)
        return self_speaker(view, words[0], lo, voice, self.k) == agent
