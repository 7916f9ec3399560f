"""The hospital psychiatric residences: RTI, RTI specialistica, RTP (seed 002 L836-L1511).

Kinds er.psychiatry.rti, er.psychiatry.rti-specialist, er.psychiatry.rtp; rules of
Sources/Sociosan/EmiliaRomagna/PsychiatricHospital/Structures/Residences/ERResidenceRules.swift
and the shared builders of ERStructureRules.swift.

Staffing arithmetic (ERStaffingStandards, A-06, A-15), in hours a week:
  RTI and RTI specialistica: nurses >= 168 h for every started block of 20 beds (one nurse on
  duty around the clock, L875-L876), of which >= 168 h with round-the-clock coverage (L925);
  RTP: nurses >= 84 h (12 h a day) for every started block of 20 beds (L876-L877), no 24 h rule.
"""

from . import common
from .common import Kind, member, rooms, set_path, delete, set_coverage, set_hours, without_role, replace_role


def started_blocks(beds):
    return -(-beds // 20)


def rti_nurse_hours(beds):  # L875-L876: 168 h a week per started 20 beds
    return 168 * started_blocks(beds)


def rtp_nurse_hours(beds):  # L876-L877: 12 h a day = 84 h a week per started 20 beds
    return 84 * started_blocks(beds)


def standard_access():
    """Referral by the DSM-DP under an agreed protocol (L916-L921); 24 h / 5 days (L924)."""
    return {
        "channels": ["dsm-dp"],
        "admissionKinds": ["voluntary-urgent", "programmed"],
        "accessProtocol": True,
        "informationTransferProtocol": True,
        "urgentAccessHours": 24,
        "ordinaryAccessDays": 5,
    }


def team(nurse_hours, nurse_coverage="24h", oss_hours=144):
    """Psychiatrists by day and on call at night (L925-L927), a psychologist on a programmed
    schedule (L873-L874), nurses, OSS (L867-L868)."""
    return [
        member("psychiatrist", 76, "daytime"),
        member("psychiatrist", 38, "on-call"),
        member("psychologist", 18, "programmed"),
        member("nurse", nurse_hours, nurse_coverage),
        member("oss", oss_hours, "24h"),
    ]


double_rooms = common.double_rooms


RESIDENCE_DESCRIPTION = (
    "{name}: the accreditation dossier of one residence in a hospital-licensed psychiatric "
    "structure. Source: seed 002_6a5f046dd59f793e.txt L836-L1511. This schema checks structure and "
    "domains; the accreditation rules (rooms, staffing, access, attested requirements) are checked by "
    "`sociosan validate`.")
NO_DISCIPLINE = "The residences have no discipline code (A-17): a declared one is a finding."


# ---------------------------------------------------------------------------------------------
# RTI

RTI = Kind(
    type_id="rti", kind="er.psychiatry.rti", prefix="er.rti",
    title="RTI accreditation dossier (Emilia-Romagna DGR 2000/2009)",
    description=RESIDENCE_DESCRIPTION.format(name="Residenza a Trattamento Intensivo (RTI)"),
    discipline_description=NO_DISCIPLINE)


def rti(kind, **fields):
    return common.structure(kind, access=standard_access(), **fields)


RTI.valid = {
    # 16 beds: one block of 20 beds, one nurse on duty around the clock (5 x 36 h = 180 h >= 168).
    "rti-16-beds.json": rti(
        RTI, id="rti-bo-villa-azzurra", name="RTI Villa Azzurra",
        operator={"name": "Azienda USL di Bologna", "ownership": "public"},
        province="BO", health_authority="Azienda USL di Bologna",
        building_permit="2011-03-22", granted="2014-10-06", renewed="2023-05-15",
        beds=16, rooms=double_rooms(16), staff=team(180)),
    # 30 beds: two started blocks, 336 nurse hours, of which 180 h round the clock.
    "rti-30-beds.json": rti(
        RTI, id="rti-re-san-lazzaro", name="RTI San Lazzaro",
        operator={"name": "Azienda USL-IRCCS di Reggio Emilia", "ownership": "public"},
        province="RE", health_authority="Azienda USL-IRCCS di Reggio Emilia",
        building_permit="2012-09-10", granted="2015-02-02",
        beds=30, rooms=double_rooms(30),
        staff=team(180) + [member("nurse", 180, "daytime"), member("physician", 18, "daytime")]),
    # A private provider in an old building (permit 2007) whose accreditation was renewed in 2021:
    # the renewal after 30 June 2009 ended the 3-bed tolerance, so its rooms keep to 2 beds.
    # A tolerated 3-bed room would be the warning er.rti.rooms.grandfathered, not a valid fixture.
    "rti-private-old-building.json": rti(
        RTI, id="rti-fc-villa-igea", name="RTI Ospedale Privato Accreditato Villa Igea",
        operator={"name": "Villa Igea S.r.l.", "ownership": "private", "vatNumber": "01234560979"},
        province="FC", health_authority="Azienda USL della Romagna",
        building_permit="2007-04-18", granted="2008-12-01", renewed="2021-06-30",
        beds=20, rooms=double_rooms(20), staff=team(216, oss_hours=108)),
}
RTI.base = RTI.valid["rti-16-beds.json"]


def residence_invalid(kind, nurse_rules):
    p = kind.prefix
    return common.shared_invalid(kind) + nurse_rules + [
        # Team (L867-L874, A-19)
        (f"{p}.staff.team.json", lambda d: without_role(d, "psychologist")),
        (f"{p}.staff.team--no-support-worker.json", lambda d: without_role(d, "oss")),
        (f"{p}.staff.team--zero-hours.json", lambda d: set_hours(d, "psychologist", 0)),
        # Medical presence (L925-L927, A-15)
        # every doctor on call only: a programmed doctor is on site (L871-L872)
        (f"{p}.staff.daytime-medical.json",
         lambda d: set_coverage(set_coverage(d, "psychiatrist", "on-call"), "physician", "on-call")),
        (f"{p}.staff.night-psychiatric-cover.json", lambda d: set_path(d, ["staff", 1, "coverage"], "daytime")),
        (f"{p}.staff.night-psychiatric-cover--guard-physician.json",
         lambda d: set_path(d, ["staff", 1], member("guard-physician", 38, "24h"))),
        # OTA and ADB (L867-L868): information
        (f"{p}.staff.transitional-qualification.json", lambda d: replace_role(d, "oss", "ota")),
        (f"{p}.staff.transitional-qualification--adb.json", lambda d: replace_role(d, "oss", "adb")),
        # Access (L916-L924)
        (f"{p}.access.dsm-dp-referral.json", lambda d: set_path(d, ["access", "channels"], ["general-practitioner"])),
        (f"{p}.access.dsm-dp-referral--no-channels.json", lambda d: set_path(d, ["access", "channels"], [])),
        (f"{p}.access.protocol.json", lambda d: set_path(d, ["access", "accessProtocol"], False)),
        (f"{p}.access.information-transfer.json", lambda d: set_path(d, ["access", "informationTransferProtocol"], False)),
        (f"{p}.access.urgent-24h.json", lambda d: set_path(d, ["access", "urgentAccessHours"], 48)),
        (f"{p}.access.urgent-24h--undeclared.json", lambda d: delete(d, "access", "urgentAccessHours")),
        (f"{p}.access.ordinary-5-days.json", lambda d: set_path(d, ["access", "ordinaryAccessDays"], 7)),
        (f"{p}.access.ordinary-5-days--undeclared.json", lambda d: delete(d, "access", "ordinaryAccessDays")),
        # the residences attest no restraint record (only the alternatives, L974)
        ("json.value--restraint-records.json", lambda d: d["documentation"].append("restraint-records") or d),
    ]


def resized(d, beds):
    d["beds"] = beds
    d["rooms"] = double_rooms(beds)
    return d


def intensive_nurse_rules(kind):
    p = kind.prefix
    return [
        # 24 beds: two started blocks need 336 h; 180 h round the clock keep the 24 h rule met.
        (f"{p}.staff.nurse-minimum.json", lambda d: resized(d, 24)),
        (f"{p}.staff.nurse-minimum--21-beds-second-block.json", lambda d: resized(d, 21)),
        (f"{p}.staff.nurse-24h.json", lambda d: set_coverage(d, "nurse", "daytime")),
        (f"{p}.staff.nurse-24h--on-call.json", lambda d: set_coverage(d, "nurse", "on-call")),
    ]


RTI.invalid = residence_invalid(RTI, intensive_nurse_rules(RTI)) + [
    ("json.unknown-field--specialist.json",
     lambda d: set_path(d, ["specialist"], {"subtype": "minors", "dedicatedBeds": 4})),
]


# ---------------------------------------------------------------------------------------------
# RTI specialistica

SPECIALIST = {
    "type": "object", "additionalProperties": False, "required": ["subtype", "dedicatedBeds"],
    "properties": {
        "subtype": {"enum": ["dual-diagnosis", "minors", "psychogeriatrics", "other"],
                    "description": "A-18: the named specialties of L879 and L1020, or other (\"ecc.\") with a description."},
        "description": {"type": "string"},
        "dedicatedBeds": {"type": "integer", "minimum": 1, "maximum": 1000,
                          "description": "Beds dedicated to specialist placements, declared and agreed with the DSM-DP (L1019-L1021)."},
    },
}

RTI_SPECIALIST = Kind(
    type_id="rti-specialist", kind="er.psychiatry.rti-specialist", prefix="er.rti-specialist",
    title="Specialist RTI accreditation dossier (Emilia-Romagna DGR 2000/2009)",
    description=RESIDENCE_DESCRIPTION.format(
        name="RTI specialistica (dual diagnosis, minors, psychogeriatrics, other)"),
    discipline_description=NO_DISCIPLINE,
    family_properties={"specialist": SPECIALIST}, family_required=["specialist"])

RTI_SPECIALIST.valid = {
    "rti-specialist-dual-diagnosis.json": rti(
        RTI_SPECIALIST, id="rtis-mo-villa-rosa", name="RTI specialistica Villa Rosa",
        operator={"name": "Azienda USL di Modena", "ownership": "public"},
        province="MO", health_authority="Azienda USL di Modena",
        building_permit="2013-05-06", granted="2016-01-18",
        beds=14, rooms=double_rooms(14), staff=team(180) + [member("physician", 12, "programmed")],
        family={"specialist": {"subtype": "dual-diagnosis", "dedicatedBeds": 8}}),
    "rti-specialist-minors.json": rti(
        RTI_SPECIALIST, id="rtis-pr-il-ponte", name="RTI specialistica per adolescenti Il Ponte",
        operator={"name": "Azienda USL di Parma", "ownership": "public"},
        province="PR", health_authority="Azienda USL di Parma",
        building_permit="2015-10-12", granted="2018-03-05",
        beds=10, rooms=rooms(singles=4, doubles=3), staff=team(216),
        family={"specialist": {"subtype": "minors", "description": "Adolescenti 14-17 anni con grave patologia comportamentale",
                               "dedicatedBeds": 10}}),
    # Eating disorders are not a named specialty: declared as "other" with a description.
    "rti-specialist-other-eating-disorders.json": rti(
        RTI_SPECIALIST, id="rtis-rn-casa-del-sole", name="RTI specialistica Casa del Sole",
        operator={"name": "Casa del Sole S.p.A.", "ownership": "private"},
        province="RN", health_authority="Azienda USL della Romagna",
        granted="2019-09-09",
        beds=12, rooms=double_rooms(12), staff=team(180),
        family={"specialist": {"subtype": "other", "description": "Disturbi del comportamento alimentare",
                               "dedicatedBeds": 6}}),
}
RTI_SPECIALIST.base = RTI_SPECIALIST.valid["rti-specialist-dual-diagnosis.json"]
p = RTI_SPECIALIST.prefix
RTI_SPECIALIST.invalid = residence_invalid(RTI_SPECIALIST, intensive_nurse_rules(RTI_SPECIALIST)) + [
    (f"{p}.specialist.other-description.json",
     lambda d: set_path(d, ["specialist"], {"subtype": "other", "dedicatedBeds": 8})),
    (f"{p}.specialist.other-description--blank.json",
     lambda d: set_path(d, ["specialist"], {"subtype": "other", "description": "  ", "dedicatedBeds": 8})),
    (f"{p}.specialist.dedicated-beds.json", lambda d: set_path(d, ["specialist", "dedicatedBeds"], 15)),
    ("json.required--specialist.json", lambda d: delete(d, "specialist")),
    ("json.required--specialist-beds.json", lambda d: delete(d, "specialist", "dedicatedBeds")),
    ("json.value--specialist-subtype.json", lambda d: set_path(d, ["specialist", "subtype"], "eating-disorders")),
]


# ---------------------------------------------------------------------------------------------
# RTP

RTP = Kind(
    type_id="rtp", kind="er.psychiatry.rtp", prefix="er.rtp",
    title="RTP accreditation dossier (Emilia-Romagna DGR 2000/2009)",
    description=RESIDENCE_DESCRIPTION.format(name="Residenza a Trattamento Protratto (RTP)"),
    discipline_description=NO_DISCIPLINE)

RTP.valid = {
    # 20 beds, one block: 84 nurse hours a week needed; 108 h by day (no 24 h rule, A-15).
    "rtp-20-beds.json": rti(
        RTP, id="rtp-fe-il-faro", name="RTP Il Faro",
        operator={"name": "Azienda USL di Ferrara", "ownership": "public"},
        province="FE", health_authority="Azienda USL di Ferrara",
        building_permit="2010-02-15", granted="2013-07-01", renewed="2022-11-21",
        beds=20, rooms=double_rooms(20), staff=team(108, nurse_coverage="daytime")),
    # 26 beds, two started blocks: 168 h.
    "rtp-26-beds.json": rti(
        RTP, id="rtp-pc-la-quercia", name="RTP La Quercia",
        operator={"name": "Azienda USL di Piacenza", "ownership": "public"},
        province="PC", health_authority="Azienda USL di Piacenza",
        building_permit="2014-06-30", granted="2016-09-12",
        beds=26, rooms=double_rooms(26), staff=team(180, nurse_coverage="daytime")),
    "rtp-9-beds-private.json": rti(
        RTP, id="rtp-ra-villa-chiara", name="RTP Ospedale Privato Accreditato Villa Chiara",
        operator={"name": "Villa Chiara S.r.l.", "ownership": "private"},
        province="RA", health_authority="Azienda USL della Romagna",
        granted="2017-04-03",
        beds=9, rooms=double_rooms(9), staff=team(90, nurse_coverage="24h", oss_hours=72)),
}
RTP.base = RTP.valid["rtp-20-beds.json"]
RTP.invalid = residence_invalid(RTP, [
    ("er.rtp.staff.nurse-hours-minimum.json", lambda d: set_hours(d, "nurse", 72)),
    ("er.rtp.staff.nurse-hours-minimum--21-beds-second-block.json", lambda d: resized(d, 21)),
])

KINDS = [RTI, RTI_SPECIALIST, RTP]
