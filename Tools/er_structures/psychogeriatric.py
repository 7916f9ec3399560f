"""Neuro-psychogeriatric rehabilitation, cod. 56 (seed 002 L1512-L1963).

Kind er.psychiatry.psychogeriatric-rehab; rules of
Sources/Sociosan/EmiliaRomagna/PsychiatricHospital/Structures/Psychogeriatric/PsychogeriatricRules.swift,
the shared builders of ERStructureRules.swift and the staffing standard er.psychogeriatric-rehab.
The family section is the top-level member "psychogeriatric".
"""

from . import common
from .common import Kind, member, set_path, delete, set_coverage, without_role
from .cod56 import FIGURES, SPACE, TEAM, AVAILABLE, space, team_member, operators

SECTION = {
    "type": "object", "additionalProperties": False,
    "required": ["evaluationArea", "rehabilitationArea", "team", "available", "externalLaboratory"],
    "properties": {
        "evaluationArea": {"type": "array", "items": SPACE,
                           "description": "Area destinata alla valutazione: clinic rooms, together >= 36 m², inside the structure (L1544-L1547)."},
        "rehabilitationArea": {"type": "array", "items": SPACE,
                               "description": "Area for specific rehabilitation activities, >= 36 m² (L1549-L1550); no space may also count as evaluation area (A-37)."},
        "team": {**TEAM, "description": "The interprofessional team (L1597-L1599, A-27)."},
        "available": {**AVAILABLE, "description": "Figures available outside the team: social worker and psychologist (L1600)."},
        "externalLaboratory": {"type": "boolean",
                               "description": "Tests are done by laboratories outside the structure: then formal agreements are required (L1627-L1628)."},
    },
}

KIND = Kind(
    type_id="psychogeriatric-rehab", kind="er.psychiatry.psychogeriatric-rehab", prefix="er.psychogeriatric-rehab",
    title="Neuro-psychogeriatric rehabilitation (cod. 56) accreditation dossier (Emilia-Romagna DGR 2000/2009)",
    description=("Riabilitazione neuro-psicogeriatrica (cod. 56): the accreditation dossier of a hospital rehabilitation "
                 "unit for psychogeriatric patients. Source: seed 002_6a5f046dd59f793e.txt L1512-L1963. This schema checks "
                 "structure and domains; the accreditation rules (rooms, areas, team, staffing, attested requirements) are "
                 "checked by `sociosan validate`."),
    discipline_description="Discipline code 56 (L1512-L1516).",
    family_properties={"psychogeriatric": SECTION}, family_required=["psychogeriatric"])

# the seed gives the unit no referral channel, hours or length of stay; only
# appropriateness-of-admission protocols agreed with the referring structures (L1611-L1612).
ACCESS = {"channels": ["dsm-dp", "specialist"], "admissionKinds": ["programmed"],
          "accessProtocol": True, "informationTransferProtocol": True}

FULL_TEAM = ["psychiatrist", "neurologist", "geriatrician", "nurse", "physiotherapist", "psychiatric-rehab-technician", "oss"]


def section(evaluation, rehabilitation, team=FULL_TEAM, available=("social-worker", "psychologist"), external_lab=True):
    return {"psychogeriatric": {
        "evaluationArea": evaluation, "rehabilitationArea": rehabilitation,
        "team": [team_member(f) for f in team], "available": sorted(available, key=FIGURES.index), "externalLaboratory": external_lab}}


def staff(beds, doctors=(("geriatrician", 38), ("neurologist", 20))):
    """Doctors by day (>= 54 h, L1605-L1606), a guard physician for the other hours (L1607),
    nurses/OTA around the clock (L1603-L1604), the team's therapists and OSS."""
    return ([member(role, h, "daytime") for role, h in doctors]
            + [member("psychiatrist", 12, "programmed"), member("guard-physician", 168, "24h")]
            + operators(beds)
            + [member("physiotherapist", 36, "daytime"), member("psychiatric-rehab-technician", 36, "daytime"),
               member("oss", 144, "24h"), member("psychologist", 12, "programmed"), member("social-worker", 6, "programmed")])


def double_rooms(beds, singles=2):
    return common.double_rooms(beds, singles)


unit = common.unit_builder(KIND, ACCESS, discipline_code="56")


KIND.valid = {
    # 20 beds, the reference module (L1528): 336 h of nurses/OTA around the clock, 58 h of doctors by day.
    "psychogeriatric-20-beds.json": unit(
        id="pg-bo-bellaria", name="Riabilitazione neuro-psicogeriatrica Ospedale Bellaria",
        operator={"name": "Azienda USL di Bologna", "ownership": "public"},
        province="BO", health_authority="Azienda USL di Bologna",
        building_permit="2012-04-02", granted="2015-06-15", renewed="2023-06-12",
        beds=20, rooms=double_rooms(20), staff=staff(20),
        family=section([space("ambulatorio-1", 18), space("ambulatorio-valutazioni", 20)], [space("palestra", 42)])),
    # 30 beds, one module and a half: operators in proportion (504 h), the 36 m² areas stay floors.
    "psychogeriatric-30-beds.json": unit(
        id="pg-mo-baggiovara", name="Riabilitazione psicogeriatrica Ospedale Civile di Baggiovara",
        operator={"name": "Azienda Ospedaliero-Universitaria di Modena", "ownership": "public"},
        province="MO", health_authority="Azienda USL di Modena",
        building_permit="2005-09-19", granted="2008-11-03", renewed="2021-03-29",
        beds=30, rooms=double_rooms(30), staff=staff(30, doctors=(("geriatrician", 38), ("physiatrist", 30))),
        family=section([space("ambulatorio-1", 16.5), space("ambulatorio-2", 19.5)],
                       [space("palestra", 48), space("terapia-occupazionale", 24)])),
    # a physiatrist for "neurologo e/o fisiatra" and an internist for "geriatra/internista";
    # tests in the hospital's own laboratory, so no external-lab agreement is attested.
    "psychogeriatric-private-16-beds.json": unit(
        id="pg-fc-villa-serena", name="Ospedale Privato Accreditato Villa Serena, riabilitazione psicogeriatrica",
        operator={"name": "Villa Serena S.r.l.", "ownership": "private", "vatNumber": "02345670406"},
        province="FC", health_authority="Azienda USL della Romagna",
        granted="2016-02-01",
        beds=16, rooms=double_rooms(16), staff=staff(16, doctors=(("physiatrist", 30), ("physician", 30))),
        family=section([space("ambulatorio-valutazioni", 36)], [space("palestra", 40)],
                       team=["psychiatrist", "physiatrist", "internist", "nurse", "physiotherapist",
                             "psychiatric-rehab-technician", "oss"], external_lab=False)),
}
KIND.valid["psychogeriatric-private-16-beds.json"]["services"].remove("external-lab-agreements")
KIND.base = KIND.valid["psychogeriatric-20-beds.json"]

P = KIND.prefix
S = ["psychogeriatric"]


def resized(d, beds):
    d["beds"] = beds
    d["rooms"] = double_rooms(beds)
    return d


def without_figure(d, figure):
    d["psychogeriatric"]["team"] = [m for m in d["psychogeriatric"]["team"] if m["figure"] != figure]
    return d


KIND.invalid = common.shared_invalid(KIND, wrong_discipline="40.3") + [
    # Areas (L1544-L1550, A-35, A-37)
    (f"{P}.areas.evaluation.json", lambda d: set_path(d, S + ["evaluationArea", 1, "squareMetres"], 17.99)),
    (f"{P}.areas.evaluation--none.json", lambda d: set_path(d, S + ["evaluationArea"], [])),
    (f"{P}.areas.evaluation-inside.json", lambda d: set_path(d, S + ["evaluationArea", 0, "insideStructure"], False)),
    (f"{P}.areas.rehabilitation.json", lambda d: set_path(d, S + ["rehabilitationArea", 0, "squareMetres"], 35)),
    (f"{P}.areas.distinct.json",
     lambda d: d["psychogeriatric"]["rehabilitationArea"].append(space("ambulatorio-1", 18)) or d),
    # Team (L1597-L1600, A-27)
    (f"{P}.team.doctors.json", lambda d: without_figure(d, "psychiatrist")),
    (f"{P}.team.doctors--no-neurologist-or-physiatrist.json", lambda d: without_figure(d, "neurologist")),
    (f"{P}.team.doctors--no-geriatrician-or-internist.json", lambda d: without_figure(d, "geriatrician")),
    (f"{P}.team.members.json", lambda d: without_figure(d, "psychiatric-rehab-technician")),
    (f"{P}.team.available.json", lambda d: set_path(d, S + ["available"], ["social-worker"])),
    # Medical presence (L1605-L1608)
    (f"{P}.staff.physician-daytime.json",
     lambda d: set_coverage(set_coverage(set_coverage(d, "geriatrician", "on-call"), "neurologist", "on-call"), "psychiatrist", "on-call")),
    (f"{P}.staff.medical-cover-other-hours.json", lambda d: without_role(d, "guard-physician")),
    # Staffing standard er.psychogeriatric-rehab
    # 20 + 20 + 12 (the programmed psychiatrist) = 52 h < 54 h.
    (f"{P}.staff.physician-daytime-hours.json",
     lambda d: set_path(set_path(d, ["staff", 0, "hoursPerWeek"], 20), ["staff", 1, "hoursPerWeek"], 20)),
    (f"{P}.staff.nurses-or-ota-minimum.json", lambda d: resized(d, 30)),
    (f"{P}.staff.nurses-or-ota-24h.json", lambda d: set_coverage(d, "ota", "daytime")),
    # JSON of the section
    ("json.required--psychogeriatric.json", lambda d: delete(d, "psychogeriatric")),
    ("json.value--team-figure.json", lambda d: set_path(d, S + ["team", 0, "figure"], "surgeon")),
    ("json.value--square-metres-three-decimals.json", lambda d: set_path(d, S + ["rehabilitationArea", 0, "squareMetres"], 42.125)),
    ("json.unknown-field--section.json", lambda d: set_path(d, S + ["beds"], 20)),
]

KINDS = [KIND]
