"""General hospital psychiatry, code 40 / SDO 40.3 (seed 002 L2433-L2991).

Kind er.psychiatry.general; rules of
Sources/Sociosan/EmiliaRomagna/PsychiatricHospital/Structures/GeneralPsychiatry/GeneralPsychiatryRules.swift,
the shared builders of ERStructureRules.swift and the staffing standard er.general-psychiatry,
which has no ratio (L2471, A-39): nurses and OSS/OTA/ADB around the clock (168 h each on
round-the-clock lines), nothing per bed. The family section is the top-level member
"generalPsychiatry".
"""

from . import common
from .common import Kind, member, rooms, set_path, delete, set_coverage, without_role, replace_role

SECTION = {
    "type": "object", "additionalProperties": False, "required": ["authorisedBeds", "regionallyCommissioned"],
    "properties": {
        "authorisedBeds": {"type": "integer", "minimum": 1, "maximum": 10000,
                           "description": "The structure's authorised beds, of which the accredited code-40 beds are a portion (L2435-L2436)."},
        "regionallyCommissioned": {"type": "boolean",
                                   "description": "The beds serve needs commissioned by the Region; general psychiatry serves other needs (L2437-L2438)."},
        "staffingAgreedOn": {"$ref": "#/$defs/date",
                             "description": "Date of the company-level staffing agreement (L2471, A-39)."},
    },
}

KIND = Kind(
    type_id="general-psychiatry", kind="er.psychiatry.general", prefix="er.general-psychiatry",
    title="General hospital psychiatry (code 40, SDO 40.3) accreditation dossier (Emilia-Romagna DGR 2000/2009)",
    description=("La componente ospedaliera di psichiatria generale (cod. 40, codifica SDO 40.3): the accreditation dossier "
                 "of the general-psychiatry beds of a hospital-network structure. Source: seed 002_6a5f046dd59f793e.txt "
                 "L2433-L2991. This schema checks structure and domains; the accreditation rules (rooms, staffing presence, "
                 "attested requirements) are checked by `sociosan validate`. The seed sets no staffing ratio (A-39)."),
    discipline_description="Discipline code 40.3: accredited as code 40 with SDO coding 40.3 (L2435-L2436).",
    family_properties={"generalPsychiatry": SECTION}, family_required=["generalPsychiatry"])

# operating procedures on access and discharge (attested), no channel or hours in the seed.
ACCESS = {"channels": ["dsm-dp", "general-practitioner", "emergency-department"],
          "admissionKinds": ["voluntary-urgent", "programmed"],
          "accessProtocol": True, "informationTransferProtocol": True}


def staff():
    """Psychiatrists by day and on call at night and on holidays (L2466-L2470), nurses and OSS
    around the clock, a psychologist on a programmed schedule (L2467). No ratio (L2471)."""
    return [
        member("psychiatrist", 114, "daytime"),
        member("psychiatrist", 38, "on-call"),
        member("nurse", 216, "24h"),
        member("oss", 180, "24h"),
        member("psychologist", 18, "programmed"),
    ]


def section(authorised, agreed="2024-03-01", commissioned=False):
    value = {"authorisedBeds": authorised, "regionallyCommissioned": commissioned}
    if agreed:
        value["staffingAgreedOn"] = agreed
    return {"generalPsychiatry": value}


unit = common.unit_builder(KIND, ACCESS, discipline_code="40.3")


KIND.valid = {
    # 16 beds of 40 authorised; 2 single rooms (L2446), doubles.
    "general-psychiatry-16-beds.json": unit(
        id="gp-bo-villa-baruzziana", name="Ospedale Privato Accreditato Villa Baruzziana, psichiatria generale",
        operator={"name": "Villa Baruzziana S.p.A.", "ownership": "private", "vatNumber": "03456780375"},
        province="BO", health_authority="Azienda USL di Bologna",
        building_permit="2010-07-05", granted="2012-01-09", renewed="2022-12-19",
        beds=16, rooms=rooms(singles=2, doubles=7), staff=staff(), family=section(40)),
    # the 2 three-bed rooms for demand peaks are allowed in a new building too.
    "general-psychiatry-two-triple-rooms.json": unit(
        id="gp-re-villa-maria-luigia", name="Ospedale Privato Accreditato Villa Maria Luigia, psichiatria generale",
        operator={"name": "Villa Maria Luigia S.p.A.", "ownership": "private"},
        province="PR", health_authority="Azienda USL di Parma",
        building_permit="2015-03-02", granted="2017-05-22",
        beds=20, rooms=rooms(singles=1, doubles=6, triples=2) + [{"id": "camera-10", "beds": 1}], staff=staff(),
        family=section(60, agreed="2023-09-18")),
    # 45 beds and the same roster: the seed sets no ratio, so no staffing figure is owed.
    "general-psychiatry-45-beds-no-ratio.json": unit(
        id="gp-ra-villa-azzurra", name="Ospedale Privato Accreditato Villa Azzurra, psichiatria generale",
        operator={"name": "Villa Azzurra S.r.l.", "ownership": "private"},
        province="RA", health_authority="Azienda USL della Romagna",
        granted="2011-11-14", renewed="2021-11-15",
        beds=45, rooms=rooms(singles=3, doubles=21), staff=staff(), family=section(45, agreed="2021-10-04")),
}
KIND.base = KIND.valid["general-psychiatry-16-beds.json"]

P = KIND.prefix
S = ["generalPsychiatry"]

KIND.invalid = common.shared_invalid(KIND, wrong_discipline="40.2", triple_allowance=2) + [
    # Rooms (L2446, A-05)
    (f"{P}.rooms.single-room.json", lambda d: set_path(d, ["rooms"], rooms(doubles=8))),
    # Beds (L2435-L2438)
    (f"{P}.beds.authorised-portion.json", lambda d: set_path(d, S + ["authorisedBeds"], 15)),
    (f"{P}.beds.outside-regional-commission.json", lambda d: set_path(d, S + ["regionallyCommissioned"], True)),
    # Staff presence (L2466-L2471)
    (f"{P}.staff.psychiatrist-24h.json", lambda d: set_path(d, ["staff", 1, "coverage"], "daytime")),
    (f"{P}.staff.psychiatrist-24h--on-call-only.json", lambda d: set_path(d, ["staff", 0, "coverage"], "on-call")),
    (f"{P}.staff.psychiatrist-24h--guard-physician.json",
     lambda d: set_path(d, ["staff", 1], member("guard-physician", 38, "24h"))),
    (f"{P}.staff.psychologist.json", lambda d: without_role(d, "psychologist")),
    (f"{P}.staff.company-agreement.json", lambda d: delete(d, "generalPsychiatry", "staffingAgreedOn")),
    (f"{P}.staff.nurse-24h.json", lambda d: set_coverage(d, "nurse", "daytime")),
    (f"{P}.staff.support-worker-24h.json", lambda d: set_coverage(d, "oss", "on-call")),
    (f"{P}.staff.transitional-qualification.json", lambda d: replace_role(d, "oss", "ota")),
    (f"{P}.staff.transitional-qualification--adb.json", lambda d: replace_role(d, "oss", "adb")),
    # JSON of the section
    ("json.required--general-psychiatry.json", lambda d: delete(d, "generalPsychiatry")),
    ("json.value--authorised-beds.json", lambda d: set_path(d, S + ["authorisedBeds"], 0)),
]

KINDS = [KIND]
