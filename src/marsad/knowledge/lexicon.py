"""Loading and validating the knowledge files into typed entries and one phrase index."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Collection
from dataclasses import dataclass
from pathlib import Path

from ..records import Actor
from ..text.normalize import fold_word
from ..text.segment import tokens
from .matcher import PhraseIndex
from .tsv import read_tsv, require, split_list

DATA_DIR = Path(__file__).resolve().parent.parent / "data"

ACTOR_KINDS = (
    "State forces", "Rebel group", "Political militia", "Identity militia",
    "Rioters", "Protesters", "Civilians", "External/Other forces",
)
# groups of actor kinds the extraction rules reason with
NON_STATE_ARMED = ("Rebel group", "Political militia", "Identity militia")
ARMED_KINDS = NON_STATE_ARMED + ("External/Other forces",)
STATE_SIDE = ("State forces", "External/Other forces")  # a state's forces, at home or abroad
CROWD_KINDS = ("Protesters", "Rioters")
# the protest sub-types told by force used on a crowd: the force named with their words used it (it is actor2)
FORCE_ON_CROWD = ("Protest with intervention", "Excessive force against protesters")
EVENT_TYPES: dict[str, tuple[str, ...]] = {
    "Battles": ("Armed clash", "Government regains territory", "Non-state actor overtakes territory"),
    "Explosions/Remote violence": (
        "Chemical weapon", "Air/drone strike", "Suicide bomb", "Shelling/artillery/missile attack",
        "Remote explosive/landmine/IED", "Grenade",
    ),
    "Violence against civilians": ("Sexual violence", "Attack", "Abduction/forced disappearance"),
    "Protests": ("Peaceful protest", "Protest with intervention", "Excessive force against protesters"),
    "Riots": ("Violent demonstration", "Mob violence"),
    "Strategic developments": (
        "Agreement", "Arrests", "Change to group/activity", "Disrupted weapons use",
        "Headquarters or base established", "Looting/property destruction",
        "Non-violent transfer of territory", "Other",
    ),
}
# The political-violence types (ACLED's disorder type), as against demonstrations and strategic developments.
VIOLENT_TYPES = ("Battles", "Explosions/Remote violence", "Violence against civilians")
TERRITORY_TYPES = ("Government regains territory", "Non-state actor overtakes territory")
# The demonstration types (ACLED's demonstrations disorder type): a crowd's events, peaceful or not.
DEMONSTRATION_TYPES = ("Protests", "Riots")
# How much a sub-event type says: the most specific trigger of a clause wins.
SPECIFICITY = {
    "Suicide bomb": 9, "Remote explosive/landmine/IED": 8, "Air/drone strike": 8, "Chemical weapon": 8,
    "Shelling/artillery/missile attack": 7, "Grenade": 8, "Abduction/forced disappearance": 7,
    "Excessive force against protesters": 7, "Sexual violence": 7, "Arrests": 6, "Protest with intervention": 6,
    "Violent demonstration": 6, "Government regains territory": 6, "Non-state actor overtakes territory": 6,
    "Mob violence": 5, "Looting/property destruction": 5, "Disrupted weapons use": 5, "Peaceful protest": 4,
    "Armed clash": 4, "Attack": 3,
}
VOICES = ("active", "passive", "noun")
LEVELS = ("country", "admin1", "admin2", "place")
WORD_CATEGORIES = (
    "number", "scale", "teen", "vague", "approx", "month", "hijri_month", "weekday", "ordinal", "day_offset",
    "period", "past", "next", "part", "since", "month_word", "year_word", "negation", "denial", "modal", "future",
    "claim", "background", "sports", "market", "honour", "no_casualties", "fatality", "injury", "person", "lone_other", "own_forces",
    "scattered", "roundup",
    "support", "audience", "road", "road_link", "distributive_other", "our_sites", "same_place", "comparison", "institution_ref",
    "relative_day", "attack_noun", "record_verb",
    "target_marker", "agent_marker", "place_word", "denial_of_role", "past_aux", "tally_noun", "admin_word",
    "report_verb", "accusation", "tally_ref", "purpose", "no_fatalities", "killing", "casualty_noun", "later_clause", "until",
    "reference", "exploit", "civilian_noun", "generic_people", "cumulative", "summed", "duration_unit", "duration_lead",
    "capital", "described_noun", "membership", "two_sides", "result_link", "launch_pad", "instrument",
    "toll_update", "reaction", "toll_addition", "toll_plus", "self_and", "toll_excludes", "later_death", "toll_ordinal",
    "toll_more", "hostile_noun", "war_vehicle",
    "blame", "planted_by", "relative", "relative_clause", "within", "homograph", "alternative", "origin", "sound",
    "month_lead", "call", "conditional", "self_ref", "direction", "flight", "flight_to", "response", "foil",
    "confession", "court", "nationality", "distance_unit", "boilerplate", "correction_note",
    "preposition", "reference_link", "continuing", "relative_verb", "focus_pronoun", "figurative", "gloss", "light_verb",
    "demonstrative", "partitive",
    "speech_noun", "interview_noun", "verbal_charge", "attack_drone", "air_defence", "find_verb", "seized_after", "contains_word", "modal_adjective", "habitual", "verdict", "cause_clause", "means_link", "withdrawal",
    "accident", "accident_blast", "clearing", "told_participle", "attributive_lead", "abroad", "report_noun",
    "counterpart", "joint", "separate", "our_men", "disguise", "kin_word", "backed", "hiding", "absence", "provision", "one_hand",
    "what_happened", "title", "meeting", "subset", "kinds_range", "group_ref", "populated",
    "age_lead", "quarter", "range_word", "since_point", "repeat", "content_clause", "clause_break", "subordinator", "subsided", "execution", "contrast",
    "sequel", "practice_head", "attack_plural", "abstract_noun", "responsibility", "exercise", "possession", "mourned",
    "scene_noun", "bare_strike", "remote_hit", "village_target", "collaboration", "storm_word", "heading",
    "wearing", "date_name_head", "date_epithet", "small_arms", "body_noun", "speaker",
    "first_person", "stance", "raid", "ambush", "search", "any", "without", "unopposed", "no_one", "not_yet", "cause_link", "now_and_then", "stative", "state_agent", "subject_link",
    "breaking", "self_that", "place_relative",
    "past_form", "present_aux", "relative_pronoun", "adjective_ed", "series_ordinal", "series_noun", "percent", "equipped", "coverage",
    "hijri_epithet", "ago", "ago_unit", "later_unit", "ago_anchor", "locative", "one_of_them", "dual_death", "commemoration",
    "frame_lead",
    "generic_name", "other_unit", "unit_ref", "definite_modifier", "participation",
    "settlement", "claimed_toll", "period_report", "calm", "celebration", "attempt", "time_of_day", "off_duty",
    "civil_matter", "trend_word", "truce_word", "truce_end", "hearsay", "interception", "weapon_object", "weapon_use", "day_after", "goods", "air_fire", "disposal", "seized_thing", "contraband", "seized_weapon",
    "record_noun", "split_death", "pair_word", "under_fire", "quit_body", "campaign_noun", "mutual_blame", "freeing", "nowadays",
    "soon", "onset", "sector_word", "government_aux", "protest_against", "threaten", "security_source", "doer_noun",
    "concurrent_frame", "back_pronoun", "occurrence_verb", "return_fire", "later_opening", "universal",
    "exceptive", "subject_detail", "numbered_unit", "provided_that", "describe_as",
    "call_participle", "seized_people", "recall_lead", "cited_thing", "cite_verb", "facing", "fire_on_bomb",
    "capital_word", "government_head", "government_for", "government_verb", "place_idiom",
    "carrying", "survived", "place_body", "generic_target",
    "series_rank", "span_count",
)
# the categories a rule tests a single token against as written (no proclitic stripped): function words kept out
# of the phrase scan (see `PhraseIndex.add_word`)
TOKEN_CATEGORIES = (
    "more_word",
    "relative_aux", "article", "singular_demonstrative", "perfect_aux", "passive_aux", "coordinator",
    "gerund_determiner", "possessive", "toll_filler", "that_word", "holder_on", "of_word", "day_joiner", "to_word", "toll_to",
    "age_join", "between_word", "and_word", "source_lead", "plural_determiner", "definite_lead", "ordinal_suffix",
    "indefinite_article", "hijri_suffix", "era_suffix", "hijri_homograph", "year_lead", "place_lead", "one_word", "among_word",
    "opening_that", "verb_particle", "reduced_passive_next", "from_word", "deed_lead", "date_apposition",
    "group_word", "year_when", "need_noun", "day_word", "idiom_definite", "find_object", "second_one", "unit_noun", "armed_cell", "ordinal_man",
    "newsroom", "verb_homograph", "verb_lead", "came_under", "topic_lead", "and_in", "eve_word", "night_word", "night_joiner", "after_midnight", "midnight_word", "other_ones",
    "occasion_lead", "seat_noun", "victim_adjective",
    "tally_modifier", "future_stem", "name_part", "surname", "scene_preposition",
    "witness_verb", "band_noun", "beating", "name_opener", "back_determiner", "task_object", "rank_title",
    "clock_word", "witness_where", "verb_opener", "frame_verb", "share_word", "standing_relative",
    "parts_word", "whole_lead", "part_noun", "span_unit", "life_word",
    "crowd_person", "reaction_lead", "confirm_verb", "trade_noun", "not_told", "law_vote", "effort_word",
    "passive_modal", "modal_verb", "protested_object_lead", "object_determiner",
    "written_channel", "channel_determiner", "channel_adjective",
    "repel_verb", "repelled_attack", "modal_chain", "said_in_verb", "clock_tail",
)
WORD_CATEGORIES += TOKEN_CATEGORIES

ACTOR_COLUMNS = ("id", "name", "name_ar", "kind", "country", "parent", "aliases_ar", "aliases_en")
TRIGGER_COLUMNS = ("lang", "form", "event_type", "sub_event_type", "voice", "weight")
PLACE_COLUMNS = (
    "id", "level", "name", "name_ar", "country", "admin1_code", "admin1", "admin2", "lat", "lon",
    "aliases_ar", "aliases_en", "needs_context", "population",
)
WORD_COLUMNS = ("lang", "category", "form", "value")
# a place's needs_context: "short" when only its one-word forms need context (`PlaceEntry.needs_context_for`)
NEEDS_CONTEXT = ("yes", "no", "short")


@dataclass(frozen=True, slots=True)
class ActorEntry:
    """A row of actors.tsv."""

    actor: Actor
    parent: str | None
    aliases: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class TriggerEntry:
    """A row of triggers.tsv."""

    lang: str
    form: str
    event_type: str
    sub_event_type: str
    voice: str
    weight: int
    possessed: bool = False  # a verbal noun with a possessive pronoun ("تفكيكها"): definite, like "التفكيك"


@dataclass(frozen=True, slots=True)
class PlaceEntry:
    """A row of places.tsv."""

    id: str
    level: str
    name: str
    name_ar: str
    country: str
    admin1_code: str | None
    admin1: str | None
    admin2: str | None
    lat: float | None
    lon: float | None
    needs_context: bool
    population: int
    aliases: tuple[str, ...] = ()
    # needs_context "short": only the one-word forms (الخضراء, "green") need context, the longer names do not
    context_one_word: bool = False

    def needs_context_for(self, words: int) -> bool:
        """Whether a match of ``words`` tokens of this place's names needs supporting context."""
        return self.needs_context and (words == 1 or not self.context_one_word)


@dataclass(frozen=True, slots=True)
class WordEntry:
    """A row of words.tsv: a function word, number, month or cue."""

    lang: str
    category: str
    form: str
    value: str


@dataclass(frozen=True, slots=True)
class Knowledge:
    """Everything the extractor knows, loaded once and passed to the stages."""

    actors: dict[str, ActorEntry]
    places: dict[str, PlaceEntry]
    index: PhraseIndex
    # (actor1, event_type, admin1_code or "") -> actor2: the side presumed when the text names none
    presumed_targets: dict[tuple[str, str, str], str] = dataclasses.field(default_factory=dict)
    # a site's English gazetteer name -> the force it hosts, struck when a blast there names no target
    hosted_sites: dict[str, str] = dataclasses.field(default_factory=dict)
    # (actor2, event_type) -> actor1: the striker presumed from the side struck when the text names none
    presumed_strikers: dict[tuple[str, str], str] = dataclasses.field(default_factory=dict)


def load_actors(path: Path) -> dict[str, ActorEntry]:
    """Load actors.tsv; ids are unique and kinds are ACLED's actor classes."""
    out: dict[str, ActorEntry] = {}
    parents: list[tuple[int, str]] = []
    for line, row in read_tsv(path, ACTOR_COLUMNS):
        require(bool(row["id"]) and row["id"] == row["id"].lower() and " " not in row["id"],
                f"id {row['id']!r} must be a lower-case slug", path, line)
        require(row["id"] not in out, f"duplicate actor id {row['id']!r}", path, line)
        require(row["kind"] in ACTOR_KINDS, f"kind {row['kind']!r} must be one of {', '.join(ACTOR_KINDS)}", path, line)
        require(bool(row["name"]) and bool(row["name_ar"]), "name and name_ar are required", path, line)
        actor = Actor(row["id"], row["name"], row["name_ar"], row["kind"], row["country"] or None)
        aliases = tuple(split_list(row["aliases_ar"]) + split_list(row["aliases_en"]))
        out[row["id"]] = ActorEntry(actor, row["parent"] or None, aliases)
        if row["parent"]:
            parents.append((line, row["parent"]))
    for line, parent in parents:
        require(parent in out, f"parent {parent!r} is not an actor id in this file", path, line)
    return out


def load_triggers(path: Path) -> list[TriggerEntry]:
    """Load triggers.tsv; event and sub-event types are ACLED's."""
    out: list[TriggerEntry] = []
    seen: dict[tuple, int] = {}  # a row, its form folded as the index folds it -> the line it was first written on
    for line, row in read_tsv(path, TRIGGER_COLUMNS):
        key = (row["lang"], tuple(tokens(fold_word(row["form"]))), row["event_type"], row["sub_event_type"],
               row["voice"], row["weight"])
        require(key not in seen, f"duplicate row: {row['lang']} {row['form']!r} is already on line {seen.get(key)}",
                path, line)
        seen[key] = line
        require(row["lang"] in ("ar", "en"), f"lang {row['lang']!r} must be ar or en", path, line)
        require(bool(row["form"]), "form is empty", path, line)
        subs = EVENT_TYPES.get(row["event_type"])
        require(subs is not None, f"event_type {row['event_type']!r} is not an ACLED event type", path, line)
        require(row["sub_event_type"] in subs,
                f"sub_event_type {row['sub_event_type']!r} is not a sub-event type of {row['event_type']}", path, line)
        require(row["voice"] in VOICES, f"voice {row['voice']!r} must be one of {', '.join(VOICES)}", path, line)
        require(row["weight"] in ("1", "2", "3"), f"weight {row['weight']!r} must be 1, 2 or 3", path, line)
        out.append(TriggerEntry(row["lang"], row["form"], row["event_type"], row["sub_event_type"],
                                row["voice"], int(row["weight"])))
    return out


def _coordinate(value: str, low: float, high: float, name: str, path: Path, line: int) -> float | None:
    if not value:
        return None
    try:
        number = float(value)
    except ValueError:
        number = None
    require(number is not None and low <= number <= high, f"{name} {value!r} must be a number in [{low}, {high}]",
            path, line)
    return number


def load_places(path: Path) -> dict[str, PlaceEntry]:
    """Load places.tsv; levels, ISO codes and coordinates are checked."""
    out: dict[str, PlaceEntry] = {}
    for line, row in read_tsv(path, PLACE_COLUMNS):
        require(bool(row["id"]) and row["id"] not in out, f"id {row['id']!r} is empty or duplicated", path, line)
        require(row["level"] in LEVELS, f"level {row['level']!r} must be one of {', '.join(LEVELS)}", path, line)
        require(bool(row["name"]) and bool(row["name_ar"]), "name and name_ar are required", path, line)
        if row["level"] != "country":
            code = row["admin1_code"]
            require(len(code) >= 4 and code[2] == "-" and code[:2].isupper(),
                    f"admin1_code {code!r} must be an ISO 3166-2 code like IQ-AN", path, line)
        if row["level"] in ("admin2", "place"):
            require(bool(row["admin1"]), "admin1 is required below governorate level", path, line)
        require(row["needs_context"] in NEEDS_CONTEXT, "needs_context must be yes, no or short", path, line)
        population = row["population"]
        require(population == "" or population.isdigit(), f"population {population!r} must be a whole number",
                path, line)
        lat = _coordinate(row["lat"], -90, 90, "lat", path, line)
        lon = _coordinate(row["lon"], -180, 180, "lon", path, line)
        require(row["level"] == "country" or (lat is not None and lon is not None),
                "lat and lon are required below country level", path, line)
        out[row["id"]] = PlaceEntry(
            row["id"], row["level"], row["name"], row["name_ar"], row["country"], row["admin1_code"] or None,
            row["admin1"] or None, row["admin2"] or None, lat, lon, row["needs_context"] != "no",
            int(population or 0),
            tuple(split_list(row["aliases_ar"]) + split_list(row["aliases_en"])),
            row["needs_context"] == "short",
        )
    return out


# the word categories whose value names an actor of actors.tsv, with the values allowed besides
# ("iraq": the home nationality, which names no foreign actor)
_NAMES_ACTOR: dict[str, tuple[str, ...]] = {"capital": (), "state_agent": (), "nationality": ("iraq",)}

# the word categories whose one-word forms a rule reads a count from (`series_rank`, `span_count`)
_WHOLE_NUMBER = frozenset(("series_rank", "span_count"))


def load_words(path: Path, actor_ids: Collection[str] | None = None) -> list[WordEntry]:
    """Load words.tsv (numbers, months, relative dates, status cues); with ``actor_ids``,
    check that a word of a category that names an actor (`_NAMES_ACTOR`) names a known one."""
    out: list[WordEntry] = []
    # a form of a category, folded as the index folds it (مئة and مئه are one phrase) -> the line it was first
    # written on: a word has one value in a category (two rows "شخص" = 1 and "شخص" = nothing contradict each other)
    seen: dict[tuple[str, str, tuple[str, ...]], int] = {}
    for line, row in read_tsv(path, WORD_COLUMNS):
        key = (row["lang"], row["category"], tuple(tokens(fold_word(row["form"]))))
        require(key not in seen, f"duplicate row: {row['lang']} {row['category']} {row['form']!r} "
                f"is already on line {seen.get(key)}; keep one row with the value it should have", path, line)
        seen[key] = line
        require(row["lang"] in ("ar", "en"), f"lang {row['lang']!r} must be ar or en", path, line)
        require(row["category"] in WORD_CATEGORIES, f"category {row['category']!r} is unknown", path, line)
        require(bool(row["form"]), "form is empty", path, line)
        require(row["category"] not in TOKEN_CATEGORIES or len(key[2]) == 1,
                f"{row['category']} {row['form']!r} must be one word: the category is tested token by token",
                path, line)
        require(row["category"] not in _WHOLE_NUMBER or (row["value"].isdigit() and len(key[2]) == 1),
                f"{row['category']} {row['form']!r} must be one word with a whole number as its value", path, line)
        allowed = _NAMES_ACTOR.get(row["category"])
        require(allowed is None or actor_ids is None or row["value"] in actor_ids or row["value"] in allowed,
                f"{row['category']} {row['form']!r} names actor {row['value']!r}, which actors.tsv does not hold",
                path, line)
        out.append(WordEntry(row["lang"], row["category"], row["form"], row["value"]))
    return out


def load_knowledge(data_dir: Path | None = None) -> Knowledge:
    """Load every knowledge file of ``data_dir`` (the package's own by default) into one index."""
    data_dir = Path(data_dir) if data_dir else DATA_DIR
    actors = load_actors(data_dir / "actors.tsv")
    places = load_places(data_dir / "places.tsv")
    index = PhraseIndex()
    actor_forms = {e.actor.id: _name_forms((e.actor.name_ar, e.actor.name) + e.aliases) for e in actors.values()}
    actor_named = {fold_word(form) for forms in actor_forms.values() for form in forms}
    for entry in actors.values():
        names = actor_forms[entry.actor.id]
        index.add_all(names + _with_article(names) + _with_article_spacing(names, actor_named), "actor", entry.actor.id)
    triggers = load_triggers(data_dir / "triggers.tsv")
    for trig in triggers:
        index.add(trig.form, "trigger", trig)
    # Arabic puts the subject between a verb and its fixed object ("أطلق مسلحون النار", "نظم العشرات وقفة"): the
    # verb of a two-word active phrase of weight 2 or 3, where it is no trigger by itself, is kept with the objects
    # it wants: one match per verb, however many phrases it opens (see `split_verbs`)
    split = split_verbs(triggers)
    for verb, objects in split.items():
        index.add(verb, "split_verb", (frozenset(obj for obj, _ in objects), tuple(objects)))
    # an Arabic verb the lexicon knows is a verb a سـ before its present prefix puts in the future ("ستستهدف",
    # "سيشنون"): every one-word verb form of the triggers, with words.tsv's `future_stem` rows (see `future_verbs` in
    # extract/mentions.py)
    for trig in triggers:
        if trig.lang == "ar" and trig.voice != "noun" and " " not in trig.form.strip():
            index.add_word(trig.form, "future_stem")
    for verb in split:
        if not verb.isascii():
            index.add_word(verb, "future_stem")
    # the same words with a pronoun attached ("تفكيكها", "اعتقلوهم"), where the file does not list that form
    listed = {fold_word(t.form) for t in triggers}
    for trig in triggers:
        forms = [f for f in _with_pronouns(trig) if f not in listed]
        if forms:
            entry = dataclasses.replace(trig, possessed=True) if trig.voice == "noun" else trig
            index.add_all(forms, "trigger", entry)
    place_forms = {place.id: _name_forms((place.name, place.name_ar) + place.aliases) for place in places.values()}
    named = {fold_word(form) for forms in place_forms.values() for form in forms}
    for place in places.values():
        forms = place_forms[place.id]
        index.add_all(forms + _with_final_h(forms, named) + _with_article_spacing(forms, named), "place", place.id)
    for word in load_words(data_dir / "words.tsv", actors):
        if word.category == "split_death":
            # "فارق الحياة" with its subject between ("فارق متظاهر في العشرينات الحياة"): the verb is kept with the
            # object it wants and the `fatality` word it becomes (see `death_before_subject` in extract/mentions.py)
            verb, _, obj = word.form.partition(" ")
            index.add(verb, "split_death", (fold_word(obj), dataclasses.replace(word, category="fatality")))
            continue
        if word.category in TOKEN_CATEGORIES:
            index.add_word(word.form, word.category)
        else:
            index.add(word.form, word.category, word)
    return Knowledge(actors, places, index,
                     load_presumed_targets(data_dir / "presumed_targets.tsv", actors,
                                           {p.admin1_code for p in places.values() if p.admin1_code}),
                     load_hosted_sites(data_dir / "hosted_sites.tsv", actors, places),
                     load_presumed_strikers(data_dir / "presumed_strikers.tsv", actors))


def split_verbs(triggers: list[TriggerEntry]) -> dict[str, list[tuple[str, TriggerEntry]]]:
    """The verbs (folded) of the Arabic two-word active phrases of weight 2 or 3 whose verb is no trigger by itself,
    each with its (object, phrase) pairs in the file's order."""
    alone = {fold_word(t.form) for t in triggers if t.lang == "ar"}
    out: dict[str, list[tuple[str, TriggerEntry]]] = {}
    for trig in triggers:
        words = tokens(fold_word(trig.form))
        if trig.lang == "ar" and trig.voice == "active" and trig.weight >= 2 and len(words) == 2 \
                and words[0] not in alone:
            out.setdefault(words[0], []).append((words[1], trig))
    return out


def _read_optional(path: Path, columns: tuple[str, ...]):
    """The rows of an optional knowledge file (see `read_tsv`); none when the file is absent."""
    return read_tsv(path, columns) if path.exists() else ()


HOSTED_COLUMNS = ("place_id", "actor2")


def load_hosted_sites(path: Path, actors: dict[str, ActorEntry], places: dict[str, PlaceEntry]) -> dict[str, str]:
    """Load hosted_sites.tsv (optional): a place id of places.tsv and the actor id of the force it hosts;
    keyed by the place's English name, as events' locations carry it."""
    out: dict[str, str] = {}
    for line, row in _read_optional(path, HOSTED_COLUMNS):
        require(row["place_id"] in places, f"place_id {row['place_id']!r} is not a place of places.tsv", path, line)
        require(row["actor2"] in actors, f"actor2 {row['actor2']!r} is not an actor id", path, line)
        out[places[row["place_id"]].name] = row["actor2"]
    return out


def _actor_rule_rows(path: Path, columns: tuple[str, ...], actors: dict[str, ActorEntry]):
    """The rows of an optional file of rules between two actors (`_read_optional`), each checked: its actor1 and
    actor2 actor ids, its event type one of ACLED's."""
    for line, row in _read_optional(path, columns):
        for column in ("actor1", "actor2"):
            require(row[column] in actors, f"{column} {row[column]!r} is not an actor id", path, line)
        # (or one sub-event type: "Air/drone strike", a narrower rule than its type's)
        require(row["event_type"] in EVENT_TYPES or any(row["event_type"] in subs for subs in EVENT_TYPES.values()),
                f"event_type {row['event_type']!r} is unknown", path, line)
        yield line, row


STRIKER_COLUMNS = ("actor2", "event_type", "actor1")


def load_presumed_strikers(path: Path, actors: dict[str, ActorEntry]) -> dict[tuple[str, str], str]:
    """Load presumed_strikers.tsv (optional): both actors must be actor ids, the event type one of ACLED's, and each
    (actor2, type) told once."""
    out: dict[tuple[str, str], str] = {}
    for line, row in _actor_rule_rows(path, STRIKER_COLUMNS, actors):
        key = (row["actor2"], row["event_type"])
        require(key not in out, f"duplicate row: {' '.join(key)} already has a presumed striker", path, line)
        out[key] = row["actor1"]
    return out


PRESUMED_COLUMNS = ("actor1", "event_type", "admin1_code", "actor2")


def load_presumed_targets(path: Path, actors: dict[str, ActorEntry],
                          admin1_codes: Collection[str] = ()) -> dict[tuple[str, str, str], str]:
    """Load presumed_targets.tsv (optional): both actors must be actor ids, the event type one of ACLED's, the
    governorate empty or one of ``admin1_codes`` (when given), and each (actor1, type, governorate) told once."""
    out: dict[tuple[str, str, str], str] = {}
    for line, row in _actor_rule_rows(path, PRESUMED_COLUMNS, actors):
        require(not row["admin1_code"] or not admin1_codes or row["admin1_code"] in admin1_codes,
                f"admin1_code {row['admin1_code']!r} is not a governorate of places.tsv", path, line)
        key = (row["actor1"], row["event_type"], row["admin1_code"])
        require(key not in out, f"duplicate row: {' '.join(key)} already has a presumed target", path, line)
        out[key] = row["actor2"]
    return out


_FIVE_NOUNS = {"ابو": ("ابي", "ابا"), "ذو": ("ذي", "ذا")}

# attached pronouns (folded): a verbal noun's possessor ("تفكيكها", its defusing) or a verb's object ("اعتقلوهم")
_PRONOUNS = ("ه", "ها", "هم", "هما")
# event types whose verbal nouns take the one acted on as possessor: "اعتقاله" (arresting him), "تفكيكها"
# (defusing it), "اختطافهم" (abducting them)
_PATIENT_POSSESSED = ("Strategic developments", "Violence against civilians")


def _with_pronouns(trig) -> list[str]:
    """Folded forms of a one-word Arabic trigger with an attached pronoun: a verbal noun with its possessor
    (تفكيك → تفكيكها; ة becomes ت: مداهمة → مداهمته), an active verb with its object (اعتقل → اعتقلهم,
    اعتقلوا → اعتقلوهم). Not definite nouns, passive verbs (which take no object) or plurals in ات."""
    word = fold_word(trig.form)
    if trig.lang != "ar" or " " in word or len(word) < 3 or word.startswith("ال") or trig.voice == "passive" \
            or trig.voice == "active" and trig.weight < 2:  # an ambiguous verb ("سلمته مذكرة", handed him a memo)
        return []
    if trig.voice == "noun":
        if word.endswith(("ات", "ين", "ون", "ا")) or trig.event_type not in _PATIENT_POSSESSED:
            # plurals and accusatives ("هجوما") take no pronoun in this form; "هجومه على روسيا", "قنبلتها الذرية":
            # the possessor of an attack or a weapon is its agent or owner, often in a figurative sense
            return []
        stem = word[:-1] + "ت" if word.endswith("ه") else word
    else:
        stem = word[:-1] if word.endswith("وا") else word
        if stem.endswith("ه"):
            return []  # a verb already ending in a pronoun-like letter ("نبه") is left as it is
    return [stem + p for p in _PRONOUNS]


def _name_forms(names: tuple[str, ...]) -> list[str]:
    """A name's spellings as texts write it: its case forms (أبو/أبي), then كرد also as كورد."""
    return _with_kurdish_spelling(_with_case_forms(names))


def _with_final_h(names: list[str], named: set[str]) -> list[str]:
    """English place names ending in -iyah also without the final h, and -iya ones with it ("Numaniyah" and
    "Numaniya", "Mahmudiya" and "Mahmudiyah"): transliterators drop or keep the taa marbuta's h at will. A form
    that is already some place's name is left to that place."""
    out = []
    for name in names:
        if not name.isascii():
            continue
        low = name.lower()
        other = name[:-1] if low.endswith("iyah") else name + "h" if low.endswith("iya") else None
        if other and fold_word(other) not in named:
            out.append(other)
    return out


# an Arabic article inside an English name ("Jurf al-Sakhar", "Ain al Tamr", "Ash Shatrah" after a word): joined to the
# next word by a hyphen or a space, as transliterators write it
_INNER_ARTICLE = re.compile(r"(?i)(?<=[a-z] )(al|el|as|ad|ar|ash|at|az|an|adh|ath)([- ])(?=[a-z])")


def _with_article_spacing(names: list[str], named: set[str]) -> list[str]:
    """English place names with an article inside the name also with the other joint: "Jurf al-Sakhar" as "Jurf al
    Sakhar", "Ain al Tamr" as "Ain al-Tamr". A form that is already some place's name is left to that place."""
    out = []
    for name in names:
        if not name.isascii():
            continue
        other = _INNER_ARTICLE.sub(lambda m: m.group(1) + ("-" if m.group(2) == " " else " "), name)
        if other != name and fold_word(other) not in named:
            out.append(other)
    return out


def _with_case_forms(names: tuple[str, ...]) -> list[str]:
    """Names with the other case forms of a leading أبو/ذو (أبي صيدا، ذي قار), which Arabic inflects."""
    out = list(names)
    for name in names:
        first, _, rest = fold_word(name).partition(" ")
        for form in _FIVE_NOUNS.get(first, ()) if rest else ():
            out.append(f"{form} {rest}")
    return out


# "كردستان", "الكردي" as Kurdish outlets' Arabic services spell them: "كوردستان", "الكوردي"
_KURD = re.compile(r"(^|\s)(ال)?كرد")


def _with_kurdish_spelling(names: list[str]) -> list[str]:
    """Names with كرد (Kurd-) also spelled كورد, as Kurdish outlets write it ("إقليم كوردستان", "الحزب الديمقراطي
    الكوردستاني الإيراني")."""
    out = list(names)
    for name in names:
        folded = fold_word(name)
        if "كرد" in folded:
            out.append(_KURD.sub(r"\1\2كورد", folded))
    return out


def _with_article(names: list[str]) -> list[str]:
    """Arabic actor names also with the article (مسلحين → المسلحين); actors are named both ways."""
    out = []
    for name in names:
        folded = fold_word(name)
        if folded and "\u0621" <= folded[0] <= "\u064a" and not folded.startswith("ال"):
            out.append("ال" + folded)
    return out
