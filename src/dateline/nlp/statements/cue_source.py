"""The source of a reporting verb: its subject, found through conjunction, participles, relative
clauses, passives and the parser's usual misreadings of news sentences."""
from __future__ import annotations

from .cues import load_cues
from .forms import has_as_saying, light_verb_subjects
from .reported import for_to_clause
from .subjects import adds_to_report, caused_infinitive, object_controller

# Dependencies that carry what was said, for a reporting verb.
CONTENT_DEPS = {"ccomp", "xcomp"}
_RELATIVE = {"who", "that", "which", "whom"}


def subject_of(verb):
    """The source of a reporting verb, and whether it is an agentless passive.

    Looks through conjunction ("said A and added B"), participles ("…, adding that …")
    and relative clauses ("Smith, who said …").
    """
    if second_report(verb):
        verb = verb.head.head  # "X said A and said that B": B's source is X, not A's subject
    climbed_from = ""
    below = None  # the word climbed from to ``verb``
    participle = verb if verb.tag_ == "VBG" and verb.lemma_.lower() in load_cues().verbs else None
    if verb.lemma_.lower() == "quote" and has_as_saying(verb):
        # "“…,” AP quoted him as saying": the quoted person speaks, the agency only relays ("X was
        # quoted as saying …" is found through "saying")
        quoted = [c for c in verb.children if c.dep_ == "dobj"]
        if quoted:
            return quoted[0], False
    for _ in range(3):
        if climbed_from == "advcl" and adds_to_report(participle, verb):
            verb = verb.head  # "Ortiz said the plan was costly, adding, “…”": Ortiz adds, not "the plan"
            continue
        if climbed_from == "advcl" and verb.dep_ in {"ccomp", "xcomp"} and verb.head.pos_ in {"VERB", "AUX"} \
                and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
            # "X warned officials not to delay, *saying* …": the parser gives the infinitive the
            # object as subject; whoever warned is who says.
            verb = verb.head
            continue
        subjects = [c for c in verb.children if c.dep_ in {"nsubj", "csubj"}]
        agents = [g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
        passives = [c for c in verb.children if c.dep_ == "nsubjpass"]
        if subjects:
            # a verb has one subject; a second is a misparsed dateline ("LONDON (Reuters) - Donald
            # Trump said"): the one nearest the verb
            subject = min(subjects, key=lambda s: abs(verb.i - s.i))
            if subject.lower_ in _RELATIVE and verb.dep_ == "relcl":
                return verb.head, False
            return (None, False) if subject.lower_ == "there" else (subject, False)
        if agents:
            return agents[0], False
        if passives:
            if climbed_from == "conj":
                return passives[0], False  # "He was released and said that …": he said it
            if below is not None and caused_infinitive(below):
                return passives[0], False  # "The mayor was forced to admit that …": the mayor admits
            if climbed_from:
                return None, False  # "Tests will be done to confirm that …": nobody speaks
            return passives[0], True
        if verb.dep_ == "advcl" and verb.tag_ == "VBN" and verb.i < verb.head.i \
                and not any(c.dep_.startswith("aux") for c in verb.children):
            # "Asked whether she would …, Okonkwo said no" (a participle before its clause; "…, stated
            # Mcfeely" after it is a misparsed inversion): the main clause's subject was asked and the
            # asker goes unnamed, as in an agentless passive (PolNeAR: an attribution without source)
            asked = [c for c in verb.head.children if c.dep_ in {"nsubj", "nsubjpass"}]
            questions = any(c.dep_ == "ccomp" and c.i > verb.i for c in verb.children)
            return (asked[0], True) if asked and questions else (None, False)
        if verb.dep_ in {"conj", "advcl", "xcomp"} and verb.head.pos_ in {"VERB", "AUX"}:
            if (controller := object_controller(verb)) is not None:
                return controller, False  # "The data led the scientists to conclude that …"
            climbed_from, below = verb.dep_, verb
            verb = verb.head
            continue
        if verb.dep_ == "pcomp" and verb.head.dep_ == "prep" and verb.head.head.pos_ in {"VERB", "AUX"}:
            verb = verb.head.head  # "…, after announcing that …": the subject of the main verb
            if verb.lemma_.lower() == "quote" and has_as_saying(verb):
                # "AP quoted Kandun as saying …" and "Kandun was quoted as saying …": Kandun speaks
                quoted = [c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"}]
                if quoted:
                    return quoted[0], False
            continue
        if verb.dep_ == "acl" and verb.tag_ in {"VBN", "VBD"} and verb.head.dep_ == "ROOT" \
                and verb.head.pos_ in {"NOUN", "PROPN"} and any(c.dep_ in CONTENT_DEPS for c in verb.children):
            # "Ana Ruiz, the union's leader, called on Monday to say that …" read as a noun phrase ("a
            # leader called …"): a sentence has a verb, so the participle with a clause is its past tense
            # (the tagger calls it either: "called" is VBD after "Ana Ruiz, the union's leader,")
            return verb.head, False
        if verb.dep_ == "acl" and verb.tag_ == "VBG" and verb.head.pos_ in {"NOUN", "PROPN"}:
            put_out = light_verb_subjects(verb.head)
            if put_out:
                return put_out[0], False  # "The WHO issued a statement saying …": the WHO says it
            return verb.head, False  # "Lynch announcing that …", "a letter accusing him of …"
        return None, False
    return None, False


def second_report(verb) -> bool:
    """True for the second verb of "X said A and said that B", parsed as a conjunct inside A.

    The parser hangs "said that B" on A's verb; it is a report of its own, by the same
    source, when it carries its own clause and A is the complement of a verb; so is "said the
    government had failed and called for the minister to resign". Not where that verb comes after
    both ("the mayor met victims and pledged to “…,” the paper reported"): the mayor pledged.
    """
    return (verb.dep_ == "conj" and verb.head.dep_ in CONTENT_DEPS and verb.head.head.pos_ in {"VERB", "AUX"}
            and verb.head.head.i < verb.i
            and verb.lemma_.lower() in load_cues().verbs
            and any(c.dep_ in CONTENT_DEPS or for_to_clause(c) for c in verb.children)
            and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children) and not modal(verb))


def modal(verb) -> bool:
    """True for "would ask", "will call": a conjunct under a modal is an act the source says it will
    do ("said it was “disappointed” and would ask council to …"), part of what it said (fresh12a)."""
    return any(c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children)
