"""Eating-disorder rehabilitation, DCA, cod. 56 (seed 002 L1964-L2432).

Kind er.psychiatry.eating-disorder-rehab; rules of
Sources/Sociosan/EmiliaRomagna/PsychiatricHospital/Structures/EatingDisorder/EatingDisorderRules.swift,
the shared builders of ERStructureRules.swift and the staffing standard er.eating-disorder-rehab.
The family section is the top-level member "eatingDisorder".

Clinic rooms (A-35): max(3, ceil(3 x beds / 20)).
"""

from . import common
from .common import Kind, member, set_path, delete, set_coverage, without_role
from .cod56 import FIGURES, SPACE, TEAM, AVAILABLE, space, team_member, operators

MODULE = {
    "type": "object", "additionalProperties": False, "required": ["id", "kind", "beds"],
    "properties": {
        "id": {"type": "string", "minLength": 1},
        "kind": {"enum": ["psycho-nutritional", "nutritional"],
                 "description": "Riabilitazione psiconutrizionale (L1972-L1983) or abilitazione/riabilitazione nutrizionale (L1984, L2060; A-36)."},
        "beds": {"type": "integer", "minimum": 1, "maximum": 1000, "description": "At most 20 per module (L1993, A-35)."},
    },
}

SECTION = {
    "type": "object", "additionalProperties": False,
    "required": ["modules", "clinicRooms", "team", "available", "externalLaboratory", "treatsSevereObesity"],
    "properties": {
        "modules": {"type": "array", "items": MODULE},
        "clinicRooms": {"type": "array", "items": SPACE,
                        "description": "Ambulatori / studi medici: at least 3 per 20 beds, inside the structure (L2010-L2013, A-35)."},
        "gym": {**SPACE, "description": "The gym for physical rehabilitation, >= 36 m², may be shared (L2014-L2017, A-37)."},
        "team": {**TEAM, "description": "The interprofessional team (L2050-L2061, A-36)."},
        "available": {**AVAILABLE, "description": "Social worker or social-secretariat function (L2063)."},
        "externalLaboratory": {"type": "boolean",
                               "description": "Tests are done by laboratories outside the structure: then formal agreements are required (L2084-L2085)."},
        "treatsSevereObesity": {"type": "boolean",
                                "description": "The structure offers services for severely obese patients: then beds for them are required (L2031-L2032)."},
    },
}

KIND = Kind(
    type_id="eating-disorder-rehab", kind="er.psychiatry.eating-disorder-rehab", prefix="er.eating-disorder-rehab",
    title="Eating-disorder rehabilitation (DCA, cod. 56) accreditation dossier (Emilia-Romagna DGR 2000/2009)",
    description=("Riabilitazione disturbi del comportamento alimentare - DCA (cod. 56): the accreditation dossier of a "
                 "hospital rehabilitation unit for eating disorders. Source: seed 002_6a5f046dd59f793e.txt L1964-L2432. "
                 "This schema checks structure and domains; the accreditation rules (rooms, modules, areas, team, staffing, "
                 "attested requirements) are checked by `sociosan validate`."),
    discipline_description="Discipline code 56 (L1964-L1969).",
    family_properties={"eatingDisorder": SECTION}, family_required=["eatingDisorder"])

# no referral channel, hours or length of stay in the seed; appropriateness protocols
# (L2073-L2074) and an urgent-case arrangement (L2072) are attested requirements.
ACCESS = {"channels": ["dsm-dp", "specialist"], "admissionKinds": ["voluntary-urgent", "programmed"],
          "accessProtocol": True, "informationTransferProtocol": True}

PSYCHO_NUTRITIONAL_TEAM = [("psychiatrist", False), ("psychologist", False), ("dietitian", False), ("internist", True)]


def section(modules, clinic_rooms, gym=None, team=PSYCHO_NUTRITIONAL_TEAM, available=("social-worker",),
            external_lab=True, severe_obesity=True):
    value = {"modules": [{"id": i, "kind": k, "beds": b} for i, k, b in modules], "clinicRooms": clinic_rooms}
    if gym is not None:
        value["gym"] = gym
    value.update({"team": [team_member(f, t) for f, t in team], "available": sorted(available, key=FIGURES.index),
                  "externalLaboratory": external_lab, "treatsSevereObesity": severe_obesity})
    return {"eatingDisorder": value}


def clinic_rooms(count):
    return [space(f"studio-{i + 1}", 14) for i in range(count)]


def staff(beds):
    """A psychiatrist by day (>= 54 h, L2067), a physician on call for the other hours (L2068),
    nurses/OTA around the clock (L2065-L2066), the team."""
    return ([member("psychiatrist", 60, "daytime"), member("physician", 38, "on-call"),
             member("physician", 24, "daytime")]
            + operators(beds)
            + [member("psychologist", 36, "daytime"), member("dietitian", 36, "daytime"),
               member("social-worker", 6, "programmed")])


double_rooms = common.double_rooms
unit = common.unit_builder(KIND, ACCESS, discipline_code="56")


KIND.valid = {
    # One psycho-nutritional module of 20 beds (the maximum, L1993): 3 clinic rooms, a 36 m² gym.
    "dca-20-beds.json": unit(
        id="dca-bo-sant-orsola", name="Riabilitazione DCA Policlinico di Sant'Orsola",
        operator={"name": "IRCCS Azienda Ospedaliero-Universitaria di Bologna", "ownership": "public"},
        province="BO", health_authority="Azienda USL di Bologna",
        building_permit="2013-01-21", granted="2016-04-11", renewed="2024-01-15",
        beds=20, rooms=double_rooms(20), staff=staff(20),
        family=section([("psiconutrizionale", "psycho-nutritional", 20)], clinic_rooms(3), gym=space("palestra", 36))),
    # Two modules, 20 + 10 beds: 5 clinic rooms (4.5 rounded up), 504 h of nurses/OTA.
    "dca-two-modules-30-beds.json": unit(
        id="dca-pr-maggiore", name="Riabilitazione DCA Ospedale Maggiore di Parma",
        operator={"name": "Azienda Ospedaliero-Universitaria di Parma", "ownership": "public"},
        province="PR", health_authority="Azienda USL di Parma",
        building_permit="2008-02-11", granted="2009-10-05", renewed="2022-10-03",
        beds=30, rooms=double_rooms(30), staff=staff(30),
        family=section([("psiconutrizionale", "psycho-nutritional", 20), ("nutrizionale", "nutritional", 10)],
                       clinic_rooms(5), gym={"id": "palestra-comune", "squareMetres": 60, "insideStructure": True},
                       available=("social-secretariat",))),
    # Nutritional habilitation only: no dietitian needed; a dietologist trained in eating
    # disorders; no severely obese patients, so no bariatric beds attested.
    "dca-nutritional-12-beds.json": unit(
        id="dca-rn-villa-maria", name="Ospedale Privato Accreditato Villa Maria, riabilitazione nutrizionale DCA",
        operator={"name": "Villa Maria S.p.A.", "ownership": "private"},
        province="RN", health_authority="Azienda USL della Romagna",
        granted="2018-05-07",
        beds=12, rooms=double_rooms(12), staff=staff(12),
        family=section([("nutrizionale", "nutritional", 12)], clinic_rooms(3), gym=space("palestra", 40),
                       team=[("psychiatrist", False), ("psychologist", False), ("dietologist", True)],
                       severe_obesity=False)),
}
KIND.valid["dca-nutritional-12-beds.json"]["equipment"].remove("bariatric-beds")
KIND.base = KIND.valid["dca-20-beds.json"]

P = KIND.prefix
S = ["eatingDisorder"]


def resized(d, beds, modules):
    d["beds"] = beds
    d["rooms"] = double_rooms(beds)
    d["eatingDisorder"]["modules"] = modules
    return d


def without_figure(d, figure):
    d["eatingDisorder"]["team"] = [m for m in d["eatingDisorder"]["team"] if m["figure"] != figure]
    return d


KIND.invalid = common.shared_invalid(KIND, wrong_discipline="40.3") + [
    # Modules (L1971-L1997, A-35, A-36)
    (f"{P}.modules.present.json", lambda d: set_path(d, S + ["modules"], [])),
    # 21 beds in one module: 4 clinic rooms and 352.8 h of operators keep the other rules met.
    (f"{P}.modules.max-beds.json",
     lambda d: resized(d, 21, [{"id": "unico", "kind": "psycho-nutritional", "beds": 21}]) and
     set_path(d, S + ["clinicRooms"], clinic_rooms(4)) and set_path(d, ["staff"], staff(21))),
    (f"{P}.modules.bed-total.json", lambda d: set_path(d, S + ["modules", 0, "beds"], 18)),
    # Areas (L2010-L2017, A-35, A-37)
    (f"{P}.areas.clinic-rooms.json", lambda d: set_path(d, S + ["clinicRooms"], clinic_rooms(2))),
    (f"{P}.areas.clinic-rooms--21-beds.json",
     lambda d: resized(d, 21, [{"id": "a", "kind": "psycho-nutritional", "beds": 11},
                               {"id": "b", "kind": "psycho-nutritional", "beds": 10}]) and
     set_path(d, ["staff"], staff(21))),
    (f"{P}.areas.clinic-rooms-inside.json", lambda d: set_path(d, S + ["clinicRooms", 2, "insideStructure"], False)),
    (f"{P}.areas.gym.json", lambda d: set_path(d, S + ["gym", "squareMetres"], 35.99)),
    (f"{P}.areas.gym--missing.json", lambda d: delete(d, "eatingDisorder", "gym")),
    # Team (L2050-L2063, A-36)
    (f"{P}.team.psycho-nutritional.json", lambda d: without_figure(d, "dietitian")),
    (f"{P}.team.psycho-nutritional--untrained-internist.json",
     lambda d: delete(d, "eatingDisorder", "team", 3, "eatingDisorderTraining")),
    (f"{P}.team.nutritional.json",
     lambda d: set_path(d, S + ["modules", 0, "kind"], "nutritional") and without_figure(d, "psychologist")),
    (f"{P}.team.social-support.json", lambda d: set_path(d, S + ["available"], [])),
    # Medical presence (L2067-L2069)
    (f"{P}.staff.psychiatrist-daytime.json", lambda d: set_coverage(d, "psychiatrist", "on-call")),
    (f"{P}.staff.medical-cover-other-hours.json", lambda d: set_path(d, ["staff", 1, "coverage"], "daytime")),
    # Staffing standard er.eating-disorder-rehab
    (f"{P}.staff.psychiatrist-daytime-hours.json", lambda d: set_path(d, ["staff", 0, "hoursPerWeek"], 53.5)),
    (f"{P}.staff.nurses-or-ota-minimum.json",
     lambda d: resized(d, 30, [{"id": "a", "kind": "psycho-nutritional", "beds": 20},
                               {"id": "b", "kind": "psycho-nutritional", "beds": 10}]) and
     set_path(d, S + ["clinicRooms"], clinic_rooms(5))),
    (f"{P}.staff.nurses-or-ota-24h.json", lambda d: set_coverage(d, "ota", "daytime")),
    # JSON of the section
    ("json.required--eating-disorder.json", lambda d: delete(d, "eatingDisorder")),
    ("json.value--module-kind.json", lambda d: set_path(d, S + ["modules", 0, "kind"], "abilitazione-nutrizionale")),
    ("json.value--gym-zero.json", lambda d: set_path(d, S + ["gym", "squareMetres"], 0)),
    ("json.type--training-as-string.json", lambda d: set_path(d, S + ["team", 3, "eatingDisorderTraining"], "true")),
]

KINDS = [KIND]
