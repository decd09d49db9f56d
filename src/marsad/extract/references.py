"""Event words that only mention an event rather than report one.

A reference ("after the attack"), a reaction ("condemned the bombing"), a relative clause that describes
someone by an earlier deed ("الذي اغتيل"), a charge ("accused of kidnappings"), a figurative or verbal
attack ("هاجم الرئيس في خطابه"), a weapon told as the means of a fight, a month named "March": each test
takes a sentence's mentions and one event word and answers whether that word tells no event of its own.
"""

from __future__ import annotations

from datetime import date
from ..knowledge.lexicon import DEMONSTRATION_TYPES, VIOLENT_TYPES, TriggerEntry
from ..knowledge.matcher import Match
from ..resolve.places import PlaceMention
from ..text.normalize import fold_word
from .mentions import SentenceMentions
from .speech import says_that
from .timing import tells_day

# the kinds of mention that name people an event befell: "الأطفال", "سائقها", "الجنود"
VICTIM_KINDS = ("person", "civilian_noun", "actor")


# how far a reference word reaches over a span of time or a description to the event it names through a
# `reference_link` (على, في): "بعد أربعة أيام على التفجير", "التحقيقات القضائية والأمنية في التفجير"
LINK_REACH = 4


_LINK_BLOCKERS = ("trigger", "actor", "place")


def linked(view: SentenceMentions, p: Match, m: Match) -> bool:
    """Whether event word ``m`` is what reference or purpose word ``p`` names through a preposition right
    before it, past a span of time or a description: "بعد ثلاث سنوات على الجريمة", "التحقيقات الأمنية في
    التفجير". A trigger, actor or place between tells something else."""
    if not (p.end < m.start <= p.end + LINK_REACH + 1) or m.clitic:
        return False
    # the head noun of the event may stand between: "ردود فعل كثيرة على عملية الاغتيال", "في حادث الاعتداء"
    at = next((a.start for a in view.kind("attack_noun") if a.end == m.start and a.start > p.end), m.start)
    link = next((k for k in view.kind("reference_link") if k.end == at), None)
    if link is None or link.start - p.end > LINK_REACH - 1:
        return False
    return not any(p.end <= o.start < link.start for k in _LINK_BLOCKERS for o in view.kind(k))


# how far a word of going on ("مع استمرار") reaches, past its doer, the deed it names after في: "مع استمرار
# متمردي حزب العمال الكردستاني في شن هجمات دامية"
CONTINUING_REACH = 8


def continued(view: SentenceMentions, p: Match, m: Match) -> bool:
    """Whether Arabic event word ``m`` is the deed a word of going on (`continuing`: مع استمرار, في ظل تواصل) names
    past its doer, right after في ("مع استمرار المتمردين في شن هجمات على قوات الأمن"), or a word of driving to
    (`continuing` valued `drive`: ودفع) names right after إلى ("ودفع المسلحين إلى شن هجمات انتقامية"): attacks
    that go on or that something led to, told as the setting of a statement or an argument, no deed of a day. No
    comma, clause break or other event word may stand between."""
    if p.kind != "continuing" or view.toks[m.start].isascii() or not p.end < m.start <= p.end + CONTINUING_REACH:
        return False
    links = ("الي", "الى") if p.payload.value == "drive" else ("في",)  # (folded: إلى is الي)
    if view.toks[m.start - 1] not in links:
        return False
    return "," not in view.toks[p.end:m.start] and "،" not in view.toks[p.end:m.start] and not any(
        p.end <= o.start < m.start for k in ("trigger", "clause_break") for o in view.kind(k))


# how far a "what happened" clause reaches the event noun it names with من: "ما جرى في الشمال من اشتباكات"
WHAT_REACH = 8


def what_happened(view: SentenceMentions, m: Match, words: list[Match]) -> bool:
    """Whether Arabic event word ``m`` is what a "what happened" clause (`what_happened`: ما حدث, ما جرى)
    names with من after it ("إن ما جرى في الشمال من اشتباكات كان مؤامرة"): an event characterised or recalled,
    not told. No other event word may stand between."""
    if m.start == 0 or view.toks[m.start - 1] != "من" or m.clitic:
        return False
    return any(0 <= m.start - w.end <= WHAT_REACH and not any(w.end <= o.start < m.start for o in words)
               for w in view.kind("what_happened"))


# how far (in tokens, commas counted) a word of permitting or agreeing reaches the deed it allows with في or بـ past who is allowed and the
# means: "سمحت للولايات المتحدة باستخدام قواعدها الجوية، ولا سيما قاعدة إنجرليك، في شن غارات"
CONSENT_REACH = 20


def consented_to(view: SentenceMentions, m: Match) -> bool:
    """Whether Arabic event noun ``m``, after في (one word may stand between) or carrying بـ, is the deed a word of permitting or agreeing
    before it allows (`purpose` valued `consent`: سمحت, وافقت على): a deed allowed or agreed to, not done. No
    other event word (but a weak one), report verb or clause break may stand between."""
    # (a verbal noun of doing may stand between: "في توجيه ضربات"; a word listed as a verb right after في is
    # its verbal noun: "في شن غارات")
    if m.start == 0 or not (m.payload.voice == "noun" or view.toks[m.start - 1] == "في" and not m.clitic) \
            or not ("في" in view.toks[max(0, m.start - 2):m.start] and not m.clitic or m.clitic in ("ب", "وب")):
        return False
    # (a weak event word between, the aircraft allowed, "مشاركة طائرات فرنسية في تنفيذ غارات", tells no deed)
    return any(p.payload.value == "consent" and 0 < m.start - p.end <= CONSENT_REACH and not any(
        p.end <= o.start < m.start and not (k == "trigger" and o.payload.weight <= 1)
        for k in ("trigger", "report_verb", "clause_break") for o in view.kind(k))
        for p in view.kind("purpose"))


# how far a charge word reaches the deed it names with بـ past the one charged: "اتهام شرطي في جامعة سنسيناتي
# (ولاية أوهايو) بقتل رجل"
CHARGE_REACH = 12


def charged_with(view: SentenceMentions, trigger: Match) -> bool:
    """Whether Arabic event noun ``trigger`` carrying بـ is what a charge word before it (`accusation`: اتهام,
    متهم) names, past the one charged and with no other event word between."""
    if not trigger.clitic.startswith(("ب", "وب")) or not view.has("accusation"):
        return False
    # (words only: the brackets and commas around a name and its gloss are no distance)
    return any(0 <= trigger.start - a.end and _words_between(view, a.end, trigger.start) <= CHARGE_REACH and not any(
        a.end <= m.start < trigger.start for m in view.kind("trigger")) for a in view.kind("accusation"))


def _words_between(view: SentenceMentions, lo: int, hi: int) -> int:
    """How many tokens from ``lo`` to ``hi`` are words, not punctuation."""
    return sum(1 for t in view.toks[lo:hi] if any(c.isalnum() for c in t))


# how far after a verb of blame the responsibility it lays may stand, past the accuser and the one blamed:
# "حمل الوزير الحكومة السورية المسؤولية عن"
BLAME_REACH = 8


def blamed_for(view: SentenceMentions, m: Match) -> bool:
    """Whether Arabic event noun ``m`` is the deed a verb of blame lays at someone's door: right after the
    responsibility (`responsibility`: المسؤولية, مسؤولية), perhaps past عن, which a blame word (حمّل) up to eight
    words before governs ("حمل الوزير الحكومة السورية المسؤولية عن اغتيال الصحافي"): a charge, the deed told
    elsewhere."""
    if m.payload.voice != "noun" or view.toks[m.start].isascii():
        return False
    at = m.start - 1 if m.start > 0 and any(p.end == m.start for p in view.kind("preposition")) else m.start
    return any(r.end == at and any(b.end < r.start <= b.end + BLAME_REACH for b in view.kind("blame"))
               for r in view.kind("responsibility"))


def accused_deed(view: SentenceMentions, m: Match) -> bool:
    """Whether Arabic event word ``m`` (a verb too) stands in what a verb of accusing (`blame`) charges, up to
    twelve words on with no "that" or reporting verb between: "اتهمت الحكومة إيران بتدريب مسلحين شنوا هجمات على
    القوات الأميركية" (the gunmen's attacks are part of the charge)."""
    if view.toks[m.start].isascii():
        return False
    return any(b.end < m.start <= b.end + CHARGE_REACH and b.payload.value != "direct"
               and not says_that(view, b.end, m.start)
               and not any(b.end <= v.start < m.start and v.start != b.start for v in view.kind("report_verb"))
               for b in view.kind("blame"))


# how far after a blocked event noun a noun joined to it by و or بـ may stand: "عمليات القتل خارج نطاق القضاء
# والاغتيالات", "حادث الاعتداء على سيارة دبلوماسية بسيارة مفخخة"
JOINED_REACH = 10
# how far after an English `means_link` ("in a", "by an") the event noun naming the means may stand, past a side
# or a modifier: "in a US drone strike"
MEANS_REACH = 2


def joined_to_blocked(view: SentenceMentions, words: list[Match], blocked: list[Match],
                      after_news: bool = False) -> list[Match]:
    """Arabic event nouns that continue a blocked one: joined to it by و (a list of deeds condemned or
    investigated) or naming its means with بـ or بواسطة (`agent_marker`), with no comma and no verb between.
    Each joins the block in turn. An English verb right after "and" after a blocked verb joins it too, and once the
    article has told its news (``after_news``) an English noun of means after "in a" or "by a" (`means_link`)."""
    out: list[Match] = []
    last = None
    for m in words:
        if m in blocked:
            # (an English word of either voice: "the killing of" is a noun in use)
            last = m if m.payload.voice == "noun" or view.toks[m.start].isascii() else None
            if m.payload.voice == "active" and view.toks[m.start].isascii():
                # "a day after protesters stormed and torched the consulate": an English verb joined by "and" to a
                # blocked one shares its subject and its time
                out += [w for w in words if w not in blocked and w.payload.voice == "active"
                        and w.start == m.end + 1 and view.toks[m.end] == "and"]
            continue
        if last is not None and m.payload.voice == "noun" and not view.toks[m.start].isascii() \
                and (m.clitic.startswith(("و", "ب")) or any(a.end == m.start for a in view.kind("agent_marker"))) \
                and last.end <= m.start <= last.end + JOINED_REACH \
                and "," not in view.toks[last.end:m.start]:
            out.append(m)
            last = m
            continue
        if after_news and last is not None and m.payload.voice == "noun" and view.toks[m.start].isascii() \
                and last.end <= m.start <= last.end + JOINED_REACH and "," not in view.toks[last.end:m.start] \
                and any(last.end <= k.start and k.end <= m.start <= k.end + MEANS_REACH for k in view.kind("means_link")):
            # "following the killing of the general in a US drone strike": an English event noun told "in a" or "by
            # a" after a blocked one is the means of that deed, recalled with it (not in the opening news: "UNAMI
            # condemns the killing of two shepherds by an explosive device" tells the device's blast)
            out.append(m)
            last = m
            continue
        if m.payload.voice != "noun" or m.start > (last.end + JOINED_REACH if last else -1):
            last = None
    return out


# how far after "including" the event noun listed may stand: "including Friday's rocket barrage"
LISTED_REACH = 4


def listed_under_blocked(view: SentenceMentions, words: list[Match], blocked: list[Match]) -> list[Match]:
    """English event nouns listed by "including" (`subset`) under a blocked event word, the last one told before
    the list: "in response to repeated attacks on bases hosting coalition troops, including Friday's rocket
    barrage on K-1" names one of the attacks responded to, recalled as they are, no new event."""
    out: list[Match] = []
    for s in view.kind("subset"):
        if not view.toks[s.start].isascii():
            continue
        head = max((m for m in words if m.end <= s.start), key=lambda m: m.end, default=None)
        if head is None or head not in blocked:
            continue
        out += [m for m in words if m not in blocked and m not in out and m.payload.voice == "noun"
                and s.end <= m.start <= s.end + LISTED_REACH and "," not in view.toks[s.end:m.start]]
    return out


def tells_blocked(view: SentenceMentions, m: Match, blocked: list[Match]) -> bool:
    """Whether a plain killing or fighting word tells the toll of an event the sentence only refers to:
    "بعد أيام من هجوم صاروخي استهدف معسكر التاجي وأسفر عن مقتل جنديين", "after a rocket attack on Erbil
    killed a contractor". Another event word in between tells something else."""
    if not generic(m.payload):
        return False
    for b in blocked:
        if b.end <= m.start <= b.end + 20:
            # "أدانت الحكومة الهجوم، وقالت إن مسلحين قتلوا ستة": "that" opens a statement of what happened
            # ("a rocket barrage on the base that killed a contractor": an English "that" right before the verb is
            # the relative pronoun, the barrage its subject)
            if says_that(view, b.end, m.start - 1 if view.toks[m.start].isascii() and m.payload.voice == "active"
                         else m.start):
                continue
            # "كانوا يخشون أن يتحول الخلاف إلى مواجهة مسلحة، لكن ... تبادل أبناء العشيرتين إطلاق النار": after
            # "but" (`contrast`) comes what did happen, not the toll of what was feared
            if view.has("contrast") and any(b.end <= c.start < m.start for c in view.kind("contrast")):
                continue
            # "وبعد ساعات من الاقتحام، هاجم مسلحون نقطتين للجيش": an Arabic active verb opening the clause after the
            # comma that closes the phrase of reference, its subject named right after it, tells a new deed
            if _new_doer_after_comma(view, b, m):
                continue
            between = [t for t in view.kind("trigger") if b.end <= t.start < m.start and t not in blocked]
            if all(generic(t.payload) for t in between):
                return True
    return False


def _new_doer_after_comma(view: SentenceMentions, b: Match, m: Match) -> bool:
    """Whether Arabic event verb ``m`` opens a clause right after a comma past the referred event word ``b``, its
    subject, a party, named right after it ("وبعد ساعات من الحادث، هاجم مسلحون مجهولون ..."), or the verb of a
    phrase whose subject stands between its words ("وبعد أربع ساعات على الحادث، أطلق قناص النار على نقطة للجيش":
    whoever stands there is the doer of a new deed)."""
    toks = view.toks
    # (a verb: bare or after و/ف; "، وبقتل مزارعين" is a verbal noun going on with the phrase)
    return not toks[m.start].isascii() and m.payload.voice == "active" and m.clitic in ("", "و", "ف") \
        and m.start > b.end \
        and toks[m.start - 1] == "," and (any(a.start == m.end for a in view.kind("actor"))
                                          or m.payload.form.count(" ") >= m.end - m.start)


# how far after a relative clause's event verb the means or occasion it names may stand:
# "الذي قتل مع ستة من رفاقه في غارة"
RELATIVE_REACH = 6
# the same for English, whose clauses name companions before the occasion ("who was killed along with Iranian Gen.
# Qassem Soleimani in a U.S. drone strike"), and how far before the event noun its "in" may stand ("in a U.S.")
ENGLISH_RELATIVE_REACH, OCCASION_LEAD_REACH = 14, 4


def _relative_verb(view: SentenceMentions, m: Match) -> bool:
    """Whether Arabic event verb ``m`` opens a relative clause ("الذي اغتيل", "الذين اختطفتهم", "الذين تم
    قتلهم"): it describes someone by what befell them or what they did, an event the sentence recalls."""
    word = view.toks[m.start]
    if word.isascii():  # "the employee, who was seized by gunmen on May 19, was freed"
        return m.payload.voice != "noun" and any(r.end == m.start for r in view.kind("relative"))
    # a bare noun form right after the pronoun is read as the verb it also spells: "الذي خطفه مسلحون"
    if m.payload.voice == "noun" and (m.clitic or word.startswith("ال")):
        return False
    return _after_relative(view, m.start)


def _after_relative(view: SentenceMentions, i: int) -> bool:
    """Whether token ``i`` opens a relative clause: right after الذي/التي, or after تم/كان/قد there. After a
    pronoun the relative opens a cleft that states the deed ("هي التي ارتكبت المجازر": it was they who did it)."""
    aux = view.forms("relative_aux")
    return any(0 <= i - r.end <= 2 and all(t in aux for t in view.toks[r.end:i])
               and not any(p.end == r.start for p in view.kind("focus_pronoun"))
               for r in view.kind("relative"))


def _article(view: SentenceMentions, i: int) -> bool:
    """Whether token ``i`` is an English article or "this"/"that", as between a relative clause's verb and its
    event word ("those who ordered the killing")."""
    return i in view.bare("article") or i in view.bare("singular_demonstrative")


def unmarked_relative(view: SentenceMentions, m: Match) -> bool:
    """Whether Arabic event verb ``m`` stands right after an indefinite noun of people governed by ل or بـ
    ("صورا لجنود قتلوا في العراق", pictures of soldiers who were killed): a relative clause without its pronoun,
    which describes them by an earlier event. A noun after a preposition is never the verb's subject."""
    return m.payload.voice != "noun" and not view.toks[m.start].isascii() and _unmarked_relative(view, m)


def _unmarked_relative(view: SentenceMentions, m: Match) -> bool:
    """`unmarked_relative` of an Arabic verb (apart: its closure cells are made per call)."""
    # (or governed by a word that refers to an event told elsewhere, a funeral's: "بعد تشييع شاب قتل في احتجاجات
    # الأسبوع الماضي", the funeral of a young man who was killed)
    refs = {r.end for r in view.kind("reference")} if view.has("reference") else ()
    # (not the group a `membership` word right before assigns men to: in "بأن مسلحين يعتقد أنهم ينتمون لتنظيم داعش
    # خطفوا عشرة أشخاص" the ل of "لتنظيم" marks whose men they are, and the verb after the group is the men's deed)
    members = {w.end for w in view.kind("membership")} if view.has("membership") else ()
    return any(p.end == m.start and (p.clitic in ("ل", "ب", "ول", "وب") or not p.clitic and p.start in refs)
               and not view.toks[p.start][len(p.clitic):].startswith("ال") and p.start not in members
               and not (k == "actor" and _definite_name(view, p))
               for k in ("person", "civilian_noun", "actor") for p in view.kind(k))


def _definite_name(view: SentenceMentions, p: Match) -> bool:
    """Whether an Arabic actor named over several words ends definite, by the article or a place's name
    ("لقيادة عمليات الأنبار", "لقيادة عمليات سامراء"): an annexed name, no indefinite noun a relative clause without its
    pronoun may describe ("قوة تابعة لقيادة الشرطة قتلت ..." is the force's deed)."""
    return p.end - p.start > 1 and (view.toks[p.end - 1].startswith("ال") or any(
        q.start < p.end and p.start < q.end and q.start > p.start for q in view.kind("place")))


# how many words after a verb of freeing the captive it frees may start ("freed on Tuesday a nine-year-old child":
# the hyphens are words of their own)
FREED_REACH = 10


def freed_captive_participle(view: SentenceMentions, m: Match) -> bool:
    """Whether English active event verb ``m`` stands right after the captive a verb of freeing (`freeing`) names
    a few words before, no comma between ("police freed a child kidnapped two days before", "troops rescued two
    shepherds abducted by ISIS"): a participle that describes the captive by an earlier deed, no event of its own
    (the captors are not the freeing force)."""
    if m.payload.voice != "active" or not view.toks[m.start].isascii():
        return False
    return any(p.end == m.start and any(f.end <= p.start <= f.end + FREED_REACH
                                        and "," not in view.toks[f.end:m.start] for f in view.kind("freeing"))
               for k in ("person", "civilian_noun", "actor") for p in view.kind(k))


def in_relative_clause(view: SentenceMentions, m: Match, words: list[Match]) -> bool:
    """Whether event word ``m`` belongs to a relative clause that recalls an earlier event: its verb
    ("الوزير الذي اغتيل في تشرين الثاني"), or the means or occasion told right after that verb with في or
    بـ ("الذي قتل في انفجار سيارة مفخخة", "اللذين قتلا بتفجير"). The sentence's news is elsewhere."""
    if _relative_verb(view, m) or unmarked_relative(view, m):
        return True
    if view.toks[m.start].isascii() and _article(view, m.start - 1) and any(
            v.end < m.start <= v.end + 2 and all(_article(view, t) for t in range(v.end, m.start))
            and _after_relative(view, v.start) for v in view.kind("relative_verb")):
        return True  # "those who ordered the killing": an English event word made a noun by its article
    if m.payload.voice != "noun":
        return False
    if view.toks[m.start].isascii():
        # "Kataib Hezbollah, whose leader was killed along with Soleimani in a U.S. drone strike on Jan. 3": the
        # means or occasion an English relative clause's verb names past "in", "during" (`occasion_lead`), no
        # comma between, is the same recalled event
        leads = view.bare("occasion_lead")
        return any(
            v.end <= m.start <= v.end + ENGLISH_RELATIVE_REACH and "," not in view.toks[v.end:m.start]
            and any(t in leads for t in range(max(v.end, m.start - OCCASION_LEAD_REACH), m.start))
            for v in words if _relative_verb(view, v))
    if any(v.end <= m.start <= v.end + RELATIVE_REACH and "," not in view.toks[v.end:m.start]
           and (m.clitic.startswith(("ب", "وب")) or "في" in view.toks[v.end:m.start])
           for v in words if _relative_verb(view, v) or unmarked_relative(view, v)):
        return True
    # "الإرهابيين الذين نفذوا الاعتداء", "الشهداء الذين سقطوا في تفجير طرابلس": people described by what they
    # did or suffered in an earlier event, its word right after the verb or after في/بـ
    return view.has("relative_verb") and any(
        v.end <= m.start <= v.end + RELATIVE_REACH and "," not in view.toks[v.end:m.start]
        and (m.start == v.end or m.clitic.startswith(("ب", "وب")) or "في" in view.toks[v.end:m.start]
             or all(_article(view, t) for t in range(v.end, m.start)))
        and _after_relative(view, v.start) for v in view.kind("relative_verb"))


# "من" as a free relative (those whom), alone or with a preposition joined to it: "عمن", "ممن", "لمن", "بمن"
_FREE_RELATIVES = frozenset(fold_word(w) for w in ("من", "عمن", "ممن", "لمن", "بمن", "ومن"))
_OBJECT_PRONOUNS = ("هم", "هما", "هن")


def free_relatives(view: SentenceMentions, words: list[Match]) -> list[Match]:
    """The Arabic event words that stand in a free relative clause describing people by what was done to them, "من"
    and a verb carrying their pronoun, its subject the event noun right after it ("لم يذكر أحدا ممن قتلتهم تفجيرات
    لندن": those whom the bombings killed): the verb and its subject are recalled, not told (a verb with no subject
    noun after it, "لا يعرف من قتلهم", asks who did a deed, and is left)."""
    found = []
    for v in words:
        if v.payload.voice != "active" or v.start == 0:
            continue
        # (the pronoun tested first: few verbs carry one)
        if not view.toks[v.end - 1].endswith(_OBJECT_PRONOUNS) \
                or fold_word(view.toks[v.start - 1]) not in _FREE_RELATIVES:
            continue
        subjects = [n for n in words if n.payload.voice == "noun" and n.start == v.end]
        if subjects:
            found += [v, *subjects]
    return [m for m in found if not view.toks[m.start].isascii()]


# how far after a verb of condemnation its object may stand: "أدانت المنظمة في بيان أمس التفجير", and past
# the statement's details, "استنكر الوزير في بيان صحافي له أمس تلقت الصحيفة نسخة منه، تفجيرات السوق"
REACTION_REACH = 14
# an Arabic event noun condemned, then its relative pronoun within this many words (past an adjective), and the day
# told within this many words after the pronoun: told in full (`dated_in_relative`)
RELATIVE_OPENING, RELATIVE_DAY_REACH = 2, 8


def reacted_to(view: SentenceMentions, m: Match) -> bool:
    """Whether event word ``m`` is what a verb of condemnation or condolence before it reacts to ("استنكر
    الوزير في بيان أمس تفجيرات السوق", "denounced on Monday the bombing"): the event is told elsewhere.
    A "that" or a reporting verb in between opens a statement of fact ("condemned ..., saying that gunmen
    killed ..."), as does "how" (`content_clause`: "وصفت كيف قام جنود باغتصابها"). An Arabic condemnation
    reaches to the end of the sentence, over the long lists of deeds condemned ("أدانت اللجنة ... إسرائيل
    لعدوانها ... وخصوصا عمليات القتل والاغتيالات"), unless a new piece of news begins (`clause_break`: فيما,
    بينما)."""
    if view.toks[m.start].isascii() and (told_with_toll(view, m) or told_as_news(view, m)):
        return False
    if not view.toks[m.start].isascii() and dated_in_relative(view, m):
        return False
    # "that it" right before the event noun (`self_that`: بأنه, بأنها) gives the name the deed is described by
    # ("وصفت الوزارة اقتحام المقر بأنه عملية إرهابية"): no statement of fact opens (found once, not per reaction)
    said_to = m.start - 1 if view.has("self_that") and any(
        w.start == m.start - 1 and w.end == m.start for w in view.kind("self_that")) else m.start
    for r in view.kind("reaction"):
        arabic = not view.toks[r.start].isascii()
        if r.end <= m.start <= r.end + (len(view.toks) if arabic else REACTION_REACH):
            between = view.toks[r.end:m.start]
            if any(r.end <= c.start < m.start for k in ("content_clause", "clause_break") for c in view.kind(k)):
                continue
            # English: past the event condemned and a comma, a new clause tells its own ("condemned the
            # abduction, and journalists called for a sit-in")
            if view.toks[r.start].isascii() and "," in between and any(
                    r.end <= t.start and t.end <= m.start for t in view.kind("trigger")):
                continue
            if not says_that(view, r.end, said_to) and \
                    not any(r.end <= v.start < m.start for v in view.kind("report_verb")):
                return True
    return False


def dated_in_relative(view: SentenceMentions, m: Match) -> bool:
    """Whether Arabic event noun ``m`` is told on in a relative clause right after it (الذي/التي within
    `RELATIVE_OPENING` words, past an adjective) that names its day ("أدانت الوزارة القصف المدفعي الذي نفذه الحرس
    الثوري أمس الاثنين على قرى حدودية", "الاعتداء الذي تعرض له مراسل مساء أمس"): the event condemned is told in
    full, news of the day, not only named."""
    if m.payload.voice != "noun" or not view.has("relative"):
        return False
    r = next((r for r in view.kind("relative") if m.end <= r.start <= m.end + RELATIVE_OPENING), None)
    if r is None or any(m.end <= t.start < r.start and t.payload.event_type != m.payload.event_type
                        for t in view.kind("trigger")):
        return False
    return tells_day(view, r.end, r.end + RELATIVE_DAY_REACH + 1)


def dated_after_indefinite(view: SentenceMentions, m: Match) -> bool:
    """Whether an indefinite Arabic event noun ``m`` (no article: its relative clause takes no pronoun) is told on
    by a verb of occurrence right after it, past an adjective at most, that names its day (`occurrence_verb`: "بعد
    نزاع مسلح اندلع أول من أمس", "احتجاجاً على ضربة جوية تركية استهدفت فجر الثلاثاء مبنى"): the event is told in
    full, news of its day, not only named."""
    if m.payload.voice != "noun" or not view.has("occurrence_verb"):
        return False
    word = view.toks[m.start][len(m.clitic):]
    if word.startswith("ال") or m.clitic.endswith("لل") or m.payload.possessed:
        return False
    v = next((v for v in view.kind("occurrence_verb") if m.end <= v.start <= m.end + RELATIVE_OPENING), None)
    if v is None or any(m.end <= t.start < v.start for t in view.kind("trigger")):
        return False
    return tells_day(view, v.end, v.end + RELATIVE_DAY_REACH + 1)


def told_with_toll(view: SentenceMentions, m: Match) -> bool:
    """Whether English event noun ``m`` is followed, within `REACTION_REACH` words and before any other event
    word, by a relative clause whose verb is its toll ("condemned Friday's bombing of a mosque in Baquba, which
    killed 41 worshippers", "condemned a drone strike on the airstrip on Monday that killed three"): the event
    is told in full, with its dead, not only named."""
    if m.payload.voice != "noun" or not (view.has("fatality") or view.has("injury")):
        return False
    tolls = {f.start for k in ("fatality", "injury") for f in view.kind(k)}
    # (positions of "which" and "that": one-word function forms, asked only past an event noun with a toll)
    opens = [i - 1 for i in tolls if m.end < i <= m.end + REACTION_REACH + 1]
    if not opens:
        return False
    return any(opens_relative(view, i) and not any(m.end <= t.start < i for t in view.kind("trigger"))
               for i in opens)


# how many words may stand between an indefinite article and the English event noun it opens ("a Turkish drone strike")
INDEFINITE_LEAD = 2
# how far past an English event noun's relative clause opening the day it tells may stand ("a drone strike that hit a
# vehicle near the town of Chamchamal on Wednesday evening")
NEWS_DAY_REACH = 14


def opens_relative(view: SentenceMentions, i: int) -> bool:
    """Whether English token ``i`` opens a relative clause: "that" (`that_word`) or "which", "who" (`relative_clause`)."""
    return i in view.bare("that_word") or any(r.start == i for r in view.kind("relative_clause"))


def told_as_news(view: SentenceMentions, m: Match) -> bool:
    """Whether English event noun ``m``, opened by an indefinite article ("condemned on Thursday a Turkish drone
    strike that hit a vehicle near Chamchamal on Wednesday evening, killing three"), is told on by a relative clause
    right after it ("that", "which") that names its day: the event condemned is told for the first time, in full,
    news of its day, not one told elsewhere and only named ("condemned the bombing")."""
    if m.payload.voice != "noun":
        return False
    if view.bare("indefinite_article").isdisjoint(range(max(0, m.start - INDEFINITE_LEAD), m.start)):
        return dated_today(view, m)
    if not opens_relative(view, m.end):
        return False
    return any(m.end < d.start <= m.end + NEWS_DAY_REACH and d.range.precision == "day"
               and not any(m.end <= t.start < d.start and t.payload.event_type != m.payload.event_type
                           for t in view.kind("trigger") if t.payload.voice == "noun")
               for d in view.dates())


def dated_today(view: SentenceMentions, m: Match) -> bool:
    """Whether English event noun ``m``, opened by "the", is given its day right after it, the day of publication or
    the day before ("condemns the rocket attack on the embassy compound in Baghdad early this morning"): a
    statement's own news, told for the first time, not an event told elsewhere and only named."""
    if view.published is None or not any(view.toks[i] == "the" for i in range(max(0, m.start - INDEFINITE_LEAD),
                                                                             m.start)):
        return False
    return any(m.end <= d.start <= m.end + NEWS_DAY_REACH and d.range.precision == "day"
               and 0 <= (view.published - date.fromisoformat(str(d.range.start))).days <= 1
               # (not the day of another event word between, noun or the clause's own verb of another deed:
               # "relatives of the victims of the bombing in Baghdad protested on Tuesday" dates the protest)
               and not any(m.end <= t.start < d.start for t in view.kind("trigger"))
               # (not the day of the telling: "organizers of the sit-in outside Ramadi said on Thursday")
               and not any(m.end <= r.start < d.start for r in view.kind("report_verb"))
               # (nor a day in a clause describing the noun: "a rundown of the bombings that hit Kirkuk on Sunday")
               and not any(opens_relative(view, i) for i in range(m.end, d.start))
               for d in view.dates())


def month_name(view: SentenceMentions, m: Match) -> bool:
    """Whether event word ``m`` is a month a date names ("in March"), not a protest march."""
    return view.has("month") and any(mo.start == m.start for mo in view.kind("month")) \
        and any(d.start <= m.start < d.end for d in view.dates())


# how far after an attack verb the speech it was made in may stand: "هاجم الرئيس الإيراني في خطابه"
SPEECH_REACH = 4
# how far after an English attack word the charge it laid may stand: "attacked the ruling bloc on Tuesday, accusing"
# (its own reach, not `CHARGE_REACH`'s, which it used to shadow)
VERBAL_CHARGE_REACH = 12


# how far after an Arabic attack noun the interview or article it was made "in" may stand: "الهجوم الذي شنه عليه
# شخصيا وعلى أمين السر في الحوار"
INTERVIEW_REACH = 12


def _in_interview(view: SentenceMentions, m: Match) -> bool:
    """Whether Arabic attack noun ``m`` is told as made in an interview, article or speech (في + `interview_noun`
    at most `INTERVIEW_REACH` words after it) in a sentence with no toll: "رد على الهجوم الذي شنه عليه النائب
    في المقابلة" is an attack in words."""
    if not view.has("interview_noun") or view.has("fatality") or view.has("injury"):
        return False
    return any(m.end <= n.start <= m.end + INTERVIEW_REACH and n.start > 0
               and view.toks[n.start - 1] in ("في", "فى")
               for n in view.kind("interview_noun"))


def verbal_attack(view: SentenceMentions, m: Match) -> bool:
    """Whether Arabic attack verb ``m`` is an attack in words: a speech, statement or interview
    (`speech_noun`) is named right after it ("هاجم الرئيس في خطابه أمس السياسة الأميركية")."""
    if not generic(m.payload):
        return False
    if view.toks[m.start].isascii():
        # English: "launched a fierce attack on the Sadrist movement, accusing it of ...": an attack followed
        # by the charge it laid (`verbal_charge`) and no toll in the sentence was made in words
        return view.has("verbal_charge") and not view.has("fatality") and not view.has("injury") and any(
            m.end <= c.start <= m.end + VERBAL_CHARGE_REACH for c in view.kind("verbal_charge"))
    if m.payload.voice == "noun" and _in_interview(view, m):
        return True
    if not view.has("speech_noun"):
        return False
    if m.payload.voice == "active":
        return any(m.end <= n.start <= m.end + SPEECH_REACH for n in view.kind("speech_noun"))
    if m.payload.voice != "noun":
        return False
    # an attack noun whose launching verb has the speech between them: "شن في مقابلة تلفزيونية هجوماً على
    # السعودية" (the interview is where the attack was made)
    leads = [d for d in view.kind("agent_marker")
             if d.payload.value == "doing" and d.end <= m.start <= d.end + SPEECH_REACH]
    return any(d.end <= n.start and n.end <= m.start for d in leads for n in view.kind("speech_noun"))


def modifier(view: SentenceMentions, m: Match) -> bool:
    """Whether event noun ``m`` only describes the noun after it ("Protest organisers", "attack
    helicopters", "the bomb squad"): it names people or equipment, not an event. So does an English one that
    opens a longer actor name ("riot police moved in"): English puts the modifier first. An Arabic event
    noun is described by the noun just before it, whose complement it is: "أحد منظمي الاحتجاجات"."""
    if m.payload.voice != "noun":
        # an English participle between a word that cannot open its clause and the people it describes
        # ("relatives of detained protesters", "a lawyer who had defended detained activists")
        # the people may be part of the event phrase itself ("families of killed protesters")
        # (or the participle is itself the people's name: "a large group of displaced families")
        # (past a count of the people: "delivered winter kits to 12,000 displaced people")
        lead = view.has("attributive_lead") and any(
            a.end == m.start or a.end == m.start - 1 and view.toks[a.start].isascii() and any(
                q.start == a.end and q.end == m.start for q in view.quantities())
            for a in view.kind("attributive_lead"))
        # "some of the detained men were shot dead": a participle between a determiner and the people it describes
        # (not "that", "this": "a bomb that killed protesters" is the bomb's deed)
        lead = lead or m.start - 1 in view.bare("gerund_determiner") and view.toks[m.start].isascii() \
            and view.toks[m.start].endswith("ed") and m.start - 1 not in view.bare("singular_demonstrative")
        # "injuring seven displaced people": a weak participle between the count of a toll and the people
        lead = lead or m.payload.weight < 2 and view.toks[m.start].isascii() and view.toks[m.start].endswith("ed") \
            and m.start > 1 and _toll_count(view, m.start - 1)
        return lead and any(m.start < p.start <= m.end or k == "actor" and (p.start, p.end) == (m.start, m.end)
                    for k in VICTIM_KINDS for p in view.kind(k))
    if view.toks[m.start].isascii():
        return view.has("described_noun") and any(h.start == m.end for h in view.kind("described_noun")) or (
            view.has("actor") and any(a.start == m.start and a.end > m.end for a in view.kind("actor"))) or (
            _crowd_of_person(view, m))
    return not m.clitic and view.has("described_noun") and any(h.end == m.start for h in view.kind("described_noun"))


# how far before the protest word its "of" may stand ("of the city's anti-government protests": 7 tokens)
_OF_REACH = 8


def _crowd_of_person(view: SentenceMentions, m: Match) -> bool:
    """Whether English protest noun ``m`` is the complement of a person it describes: "a leader of the city's
    protests", "one of the organisers of last year's demonstrations" (as "أحد منظمي الاحتجاجات"), no protest told."""
    if m.payload.event_type not in DEMONSTRATION_TYPES:
        return False
    for i in range(m.start - 1, max(m.start - _OF_REACH - 1, 0), -1):
        tok = view.toks[i]
        if tok in (",", ";", ".") or any(t.start == i and t.end <= m.start for t in view.kind("trigger")):
            return False
        if tok == "of":
            return i - 1 in view.bare("crowd_person")  # ("a leader of the city's protests")
    return False


def reaction_told(view: SentenceMentions, m: Match) -> bool:
    """Whether English protest noun ``m`` is the reaction a violent deed told before it set off ("shot dead an
    activist, prompting angry demonstrations"): a gathering of its own, not the crowd the deed was done to."""
    if m.payload.event_type not in DEMONSTRATION_TYPES or m.payload.voice != "noun" \
            or not view.toks[m.start].isascii():
        return False
    leads = view.bare("reaction_lead")  # ("prompting", "sparking": tie it to the deed told before)
    lead = next((i for i in range(m.start - 1, max(m.start - 3, -1), -1) if i in leads), None)
    return lead is not None and all(view.toks[i].isalpha() for i in range(lead + 1, m.start)) and any(
        t.end <= lead and t.payload.event_type in VIOLENT_TYPES for t in view.kind("trigger"))


def confirmed_told(view: SentenceMentions, m: Match) -> bool:
    """Whether English event noun ``m`` is the deed a later sentence confirms by its definite name ("A coalition
    spokesman confirmed the attack on the base on Tuesday"): the event is told before, the day is the confirming
    one. Not in an article's first sentence, nor with a toll in the sentence ("confirmed the deaths of two
    soldiers"), nor with another event word before it."""
    if m.payload.voice != "noun" or view.sentence.start == 0 or not view.toks[m.start].isascii():
        return False
    if view.has("fatality") or view.has("injury") or any(t.start < m.start for t in view.kind("trigger")):
        return False
    i = m.start - 1
    if i >= 1 and view.toks[i] != "the" and view.toks[i - 1] == "the" and view.toks[i].isalpha():
        i -= 1  # one word between: "confirmed the rocket attack"
    return i >= 1 and view.toks[i] == "the" and i - 1 in view.bare("confirm_verb")


def _toll_count(view: SentenceMentions, i: int) -> bool:
    """Whether token ``i`` counts two or more right after a word of a toll ("injuring seven", "killing 12"): the
    people counted are the toll's (not "1,045 displaced persons arrived", a displacement of its own)."""
    if not any(w.end == i for kind in ("injury", "fatality") for w in view.kind(kind)):
        return False
    if i in view.figures():
        return view.toks[i] not in ("0", "1")
    return any(n.start == i and n.end == i + 1 and n.payload.value not in ("0", "1") for n in view.kind("number"))


# how far after a bare verb of targeting its "using" may stand ("استهدفوا قاعدة قوات الاحتلال في عين الأسد بمحافظة
# الأنبار مستخدمين ...")
_AIM_REACH = 10


def _aim_ends(view: SentenceMentions) -> set[int]:
    """Where the sentence's bare verbs of targeting (active event words of weight 1 that are `target_marker` words
    too) end."""
    return {t.end for t in view.kind("trigger") if t.payload.voice == "active" and t.payload.weight < 2
            and any(w.start == t.start and w.end == t.end for w in view.kind("target_marker"))}


def instrument(view: SentenceMentions, m: Match) -> bool:
    """Whether ``m`` is a weapon noun told as what a fight was fought with ("اشتبكوا مستخدمين قذائف الهاون",
    "fighters using rocket-propelled grenades", "in which rifles and grenades were used"): it tells how an
    event was done, an event the sentence or an earlier one tells, not an attack of its own."""
    return (view.has("instrument") or view.has("support")) and m.payload.voice == "noun" \
        and m.payload.event_type == "Explosions/Remote violence" and _instrument(view, m)


def _instrument(view: SentenceMentions, m: Match) -> bool:
    """`instrument` of a blast or strike noun in a sentence with an instrument or support word (apart: its closure
    cells are made per call)."""
    # "backed by air strikes", "بإسناد من الطيران": support told with weapons is how the event was done too
    # "facilities used by Kataib Hezbollah": a longer `target_marker` names the owner of what was hit, no weapon use
    owners = [t for t in view.kind("target_marker") if t.end - t.start > 1]
    # "استهدفوا قاعدة عين الأسد مستخدمين طائرتين مسيرتين": what a bare verb of targeting (itself a target word, of
    # weight 1) was done with tells the kind of attack, a drone strike, not the weapons of a fight
    # (found once: each weapon noun of the sentence asks)
    aims = view.memoized("aim_ends", _aim_ends)
    return any((u.end <= m.start <= u.end + (6 if k == "support" else 9)
                and not (k == "support" and _aside_closed(view, u.end, m.start))
                or m.end <= u.start <= m.end + 3)
               and not any(t.start <= u.start and u.end < t.end for t in owners)
               and not (u.end <= m.start and any(0 <= u.start - e <= _AIM_REACH for e in aims))
               for k in ("instrument", "support") for u in view.kind(k))


def _aside_closed(view: SentenceMentions, lo: int, hi: int) -> bool:
    """Whether the support phrase ending at ``lo`` is an aside closed by a comma before a verb of doing
    (`subject_link`) that leads to the noun at ``hi``: "Coalition aircraft, backed by local forces, carried out air
    strikes" — the strikes are the subject's own deed, not the support."""
    if not view.has("subject_link") or "," not in view.toks[lo:hi]:
        return False
    comma = max(t for t in range(lo, hi) if view.toks[t] == ",")
    return any(comma < s.start and s.end <= hi for s in view.kind("subject_link") if s.payload.value != "lead")


def charged(view: SentenceMentions, trigger: Match, depth: int = 0) -> bool:
    """Whether event word ``trigger`` is what someone is charged with: right after a charge word ("accused of
    kidnappings"), or the next deed of a charge joined by "and" ("متهمين بالتخطيط للهجوم ونقل العجلة المفخخة")."""
    if any(trigger.start - 3 <= m.end <= trigger.start for m in view.kind("accusation")) and not _conjoined(view, trigger):
        return True
    if trigger.clitic.startswith("و") and any(
            _crime_noun(view.toks[m.start]) and 0 <= trigger.start - m.end <= _CRIME_LIST_REACH
            and not any(t in (",", "،", "؛") for t in view.toks[m.end:trigger.start])
            for m in view.kind("accusation")):
        # "بجرائم مخالفة الأوامر العسكرية وإطلاق نار": the crimes charged are listed after a crime noun, a
        # deed joined by "and" to one that is no event word among them
        return True
    if depth >= 2:
        return False
    prev = next((t for t in view.kind("trigger") if t.end < trigger.start <= t.end + 1
                 and view.toks[t.end].startswith("و") and not view.toks[t.end].isascii()), None)
    if prev is None:
        # "متورطون في عمليات خطف وقتل طالت مواطنين، وفي زرع عبوات ناسفة": a second "and in" of the same charge
        words = view.bare("and_in")
        and_in = next((i for i in range(max(trigger.start - 3, 0), trigger.start) if i in words), None)
        if and_in is not None:
            prev = max((t for t in view.kind("trigger") if t.end <= and_in and and_in - t.end <= _CHARGE_AND_IN),
                       key=lambda t: t.end, default=None)
    return prev is not None and charged(view, prev, depth + 1)


# the crime nouns a charge lists its crimes after (بجرم، بجرائم، بتهمة، بتهم), and how far the last crime
# joined by "and" may stand after the noun
_CRIME_NOUNS = frozenset(fold_word(w) for w in ("جرم", "جرائم", "تهمة", "تهم"))
_CRIME_LIST_REACH = 5


def _crime_noun(token: str) -> bool:
    """Whether ``token`` is a crime noun after بـ (بجرم، وبجرائم، بتهمة), which a list of crimes charged follows."""
    bare = token.removeprefix("و")
    return bare.startswith("ب") and bare[1:] in _CRIME_NOUNS


# how far the "وفي" (`and_in`) of a second complement of a charge may stand after the first one's event word
_CHARGE_AND_IN = 8


def _conjoined(view: SentenceMentions, trigger: Match) -> bool:
    """Whether ``trigger`` opens a new predicate joined by "and" to a word that is no event word:
    in "اعتقال تسعة متهمين بالمشاركة في النزاع وضبط أسلحة" the seizure is no part of the charge."""
    i = trigger.start
    if trigger.clitic.startswith("و"):
        before = i - 1
    elif i > 0 and view.toks[i - 1] == "and":
        before = i - 2
    else:
        return False
    return before >= 0 and not any(m.start <= before < m.end for m in view.kind("trigger"))


def generic(entry: TriggerEntry) -> bool:
    """A plain killing or fighting word, which other words of the sentence usually specify."""
    return entry.sub_event_type in ("Attack", "Armed clash") and entry.weight <= 2


def bare_plural(view: SentenceMentions, trigger: Match, places: list[PlaceMention], lo: int, hi: int) -> bool:
    """Whether an English event noun is attacks in the plural told in general: a bare plural (no article,
    figure or possessive before it; "conduct attacks", "carry out bombings") with no place finer than a country in
    its clause."""
    if not any(p.start <= trigger.start and trigger.end <= p.end for p in view.kind("attack_plural")):
        return False
    if trigger.payload.voice != "noun" and any(a.end == trigger.start for a in view.kind("actor")):
        return False  # "Gunman attacks police post": the verb
    before = view.toks[trigger.start - 1] if trigger.start > 0 else ""
    if trigger.start - 1 in view.bare("plural_determiner") or before.isdigit() or trigger.payload.possessed \
            or any(q.end == trigger.start for q in view.quantities()):
        return False
    # the subject of a verb of state ("Attacks remain concentrated in the Hamrin mountains", "clashes tend to
    # flare up near Tuz") is attacks in general wherever they are placed
    # (a whole country places nothing: "remains able to carry out small-scale attacks but no longer holds territory
    # in Iraq" tells attacks in general)
    return not any(lo <= p.match.start < hi and p.entry.level != "country" for p in places) \
        or any(s.start == trigger.end for s in view.kind("stative"))
