"""Shared code of Tools/make-er-structures: the requirement catalogue read from the Swift
sources, the schema of a structure dossier, canonical rendering, dossier builders, and the
invalid fixtures every structure kind has (format rules, identity, rooms, attested
requirements).

A family module (residences.py, ...) describes its kinds with `Kind` objects; this module
turns each into Schemas/<kind>.schema.json and Fixtures/<kind>/valid/. Stdlib only.

The invalid examples are rows of Fixtures/<kind>/invalid-cases.json (a valid fixture and a JSON
Patch, written once from the files these mutations made) and a few files of invalid/ kept by
hand; the mutations below are no longer written out.
"""

import json
import re
from pathlib import Path

from invalid_cases import in_schema_order

ROOT = Path(__file__).resolve().parent.parent.parent
CATALOGUE_DIR = ROOT / "Sources/Sociosan/EmiliaRomagna/PsychiatricHospital/Requirements"
SPOI_SCHEMA = json.loads((ROOT / "Schemas/er.psychiatry.spoi.schema.json").read_text(encoding="utf-8"))

AREAS = ["spaces", "equipment", "procedures", "services", "competence", "training", "quality", "documentation"]
AREA_FILES = {"spaces": "Spaces", "equipment": "Equipment", "procedures": "Procedures", "services": "Services",
              "competence": "Competence", "training": "Training", "quality": "Quality", "documentation": "Documentation"}

# The argument names of ERRequirementCatalogue.sources(...) that bind each structure type
# (residences binds the three residences; rtiSpecialist only the specialist RTI).
SOURCE_KEYS = {
    "rti": {"residences"},
    "rti-specialist": {"residences", "rtiSpecialist"},
    "rtp": {"residences"},
    "psychogeriatric-rehab": {"psychogeriatric"},
    "eating-disorder-rehab": {"dca"},
    "general-psychiatry": {"general"},
}

# Shared vocabularies, read from the SPOI schema (the same Swift enums).
ROLES = SPOI_SCHEMA["properties"]["staff"]["items"]["properties"]["role"]["enum"]
COVERAGES = SPOI_SCHEMA["properties"]["staff"]["items"]["properties"]["coverage"]["enum"]
PROVINCES = SPOI_SCHEMA["properties"]["province"]["enum"]
CHANNELS = SPOI_SCHEMA["properties"]["access"]["properties"]["channels"]["items"]["enum"]
ADMISSION_KINDS = SPOI_SCHEMA["properties"]["access"]["properties"]["admissionKinds"]["items"]["enum"]


def catalogue(type_id):
    """{area: [codes]} of the requirements that bind `type_id`, in catalogue order."""
    keys = SOURCE_KEYS[type_id]
    result = {}
    for area in AREAS:
        text = (CATALOGUE_DIR / f"ERRequirementCatalogue+{AREA_FILES[area]}.swift").read_text(encoding="utf-8")
        codes = []
        for block in text.split("ERRequirement(")[1:]:
            match = re.search(r'code: "([^"]+)", area: \.(\w+)', block)
            sources = re.search(r"sources\(([^)]*)\)", block)
            if not match or not sources:
                continue
            assert match.group(2) == area, (area, match.group(1))
            named = set(re.findall(r"(\w+):", sources.group(1)))
            if named & keys:
                codes.append(match.group(1))
        result[area] = codes
    return result


# ---------------------------------------------------------------------------------------------
# Schema

DATE = {"type": "string", "pattern": "^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$",
        "format": "date", "description": "ISO 8601 calendar date YYYY-MM-DD."}


def schema(kind):
    """The JSON Schema 2020-12 of a structure kind: the common fields, the family's own
    (`kind.family_properties`, `kind.family_required`), and the attested-requirement arrays."""
    codes = catalogue(kind.type_id)
    properties = {
        "kind": {"const": kind.kind},
        "schemaVersion": {"const": 1},
        "id": {"type": "string", "pattern": "^[a-z0-9][a-z0-9._-]{0,63}$",
               "description": "Identifier: 1-64 characters a-z 0-9 . _ -, starting with a letter or digit."},
        "name": {"type": "string", "minLength": 1},
        "operator": {"type": "object", "additionalProperties": False, "required": ["name", "ownership"],
                     "properties": {"name": {"type": "string", "minLength": 1},
                                    "ownership": {"enum": ["public", "private"]},
                                    "vatNumber": {"type": "string", "pattern": "^[0-9]{11}$"}}},
        "province": {"enum": PROVINCES},
        "healthAuthority": {"type": "string", "minLength": 1,
                            "description": "The AUSL on whose territory the structure stands (L893-L894, L917-L918)."},
        "disciplineCode": {"type": "string", "minLength": 1, "description": kind.discipline_description},
        "buildingPermitDate": {"$ref": "#/$defs/date"},
        "accreditation": {"type": "object", "additionalProperties": False,
                          "properties": {"grantedOn": {"$ref": "#/$defs/date"}, "lastRenewedOn": {"$ref": "#/$defs/date"}}},
        "beds": {"type": "integer", "minimum": 1, "maximum": 1000,
                 "description": "Accredited beds; a positive count is required (A-17)."},
        "rooms": {"type": "array", "minItems": 1, "items": {
            "type": "object", "additionalProperties": False, "required": ["id", "beds"],
            "properties": {"id": {"type": "string", "minLength": 1},
                           "beds": {"type": "integer", "minimum": 1, "maximum": 1000}}}},
        "staff": {"type": "array", "items": {
            "type": "object", "additionalProperties": False, "required": ["role", "hoursPerWeek", "coverage"],
            "properties": {"role": {"enum": ROLES},
                           "hoursPerWeek": {"type": "number", "minimum": 0, "maximum": 10000, "multipleOf": 0.01,
                                            "description": "Contracted hours a week of the line's staff (A-06)."},
                           "coverage": {"enum": COVERAGES}}}},
        "access": {"type": "object", "additionalProperties": False,
                   "required": ["channels", "admissionKinds", "accessProtocol", "informationTransferProtocol"],
                   "properties": {
                       "channels": {"type": "array", "uniqueItems": True, "items": {"enum": CHANNELS}},
                       "admissionKinds": {"type": "array", "uniqueItems": True, "items": {"enum": ADMISSION_KINDS}},
                       "accessProtocol": {"type": "boolean"},
                       "informationTransferProtocol": {"type": "boolean"},
                       "urgentAccessHours": {"type": "integer", "minimum": 0, "maximum": 8760},
                       "ordinaryAccessDays": {"type": "integer", "minimum": 0, "maximum": 365}}},
    }
    properties.update(kind.family_properties)
    for area in AREAS:
        properties[area] = {
            "type": "array", "uniqueItems": True, "items": {"enum": codes[area]},
            "description": f"Attested {area} requirements (seed 002). Each missing code is a finding of rule "
                           f"{kind.prefix}.{area}.<code>."}
    required = (["kind", "schemaVersion", "id", "name", "operator", "province", "healthAuthority", "accreditation",
                 "beds", "rooms", "staff", "access"] + kind.family_required + AREAS)
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": f"https://sociosan.example/schemas/{kind.kind}.schema.json",
        "title": kind.title,
        "description": kind.description,
        "type": "object",
        "additionalProperties": False,
        "required": required,
        "properties": properties,
        "$defs": {"date": DATE},
    }


def render_schema(value):
    return json.dumps(value, indent=2, ensure_ascii=False) + "\n"


# ---------------------------------------------------------------------------------------------
# Canonical JSON text: keys in the order of the schema's "properties", unknown keys last

# The same order as the invalid examples are written in (Tools/invalid_cases.py).
canonical = in_schema_order


def render(dossier, schema_value):
    return json.dumps(canonical(dossier, schema_value, schema_value), indent=2, ensure_ascii=False) + "\n"


# ---------------------------------------------------------------------------------------------
# Builders

def member(role, hours, coverage):
    """One roster line; whole hours are written as integers (36, not 36.0)."""
    if isinstance(hours, float) and hours.is_integer():
        hours = int(hours)
    return {"role": role, "hoursPerWeek": hours, "coverage": coverage}


def rooms(singles=0, doubles=0, triples=0, quadruples=0):
    beds = [1] * singles + [2] * doubles + [3] * triples + [4] * quadruples
    return [{"id": f"camera-{i + 1:02d}", "beds": n} for i, n in enumerate(beds)]


def double_rooms(beds, singles=0):
    """`singles` single rooms (one more when the rest is odd), the other beds in doubles."""
    return rooms(singles=singles + (beds - singles) % 2, doubles=(beds - singles) // 2)


def unit_builder(kind, access, discipline_code=None):
    """The `structure(...)` of one family: its kind, access block and discipline code fixed."""
    def unit(**fields):
        if discipline_code is not None:
            fields["discipline_code"] = discipline_code
        return structure(kind, access=access, **fields)
    return unit


def structure(kind, *, id, name, operator, province, health_authority, beds, rooms, staff, access,
              building_permit=None, granted=None, renewed=None, discipline_code=None, family=None):
    """A complete structure dossier of `kind` that attests every requirement binding its type."""
    dossier = {
        "kind": kind.kind,
        "schemaVersion": 1,
        "id": id,
        "name": name,
        "operator": operator,
        "province": province,
        "healthAuthority": health_authority,
    }
    if discipline_code:
        dossier["disciplineCode"] = discipline_code
    if building_permit:
        dossier["buildingPermitDate"] = building_permit
    dossier["accreditation"] = {k: v for k, v in (("grantedOn", granted), ("lastRenewedOn", renewed)) if v}
    dossier["beds"] = beds
    dossier["rooms"] = rooms
    dossier["staff"] = staff
    dossier["access"] = access
    dossier.update(family or {})
    codes = catalogue(kind.type_id)
    for area in AREAS:
        dossier[area] = list(codes[area])
    return dossier


def parent(d, path):
    """The object or array that holds the member at `path` (keys and indexes)."""
    target = d
    for key in path[:-1]:
        target = target[key]
    return target


def set_path(d, path, value):
    parent(d, path)[path[-1]] = value
    return d


def delete(d, *path):
    del parent(d, path)[path[-1]]
    return d


def each_line(d, role, change):
    """Apply `change` to every roster line of `role`; returns the dossier, so mutations chain."""
    for entry in d["staff"]:
        if entry["role"] == role:
            change(entry)
    return d


def set_coverage(d, role, coverage):
    return each_line(d, role, lambda entry: entry.update(coverage=coverage))


def set_hours(d, role, hours):
    return each_line(d, role, lambda entry: entry.update(member(role, hours, entry["coverage"])))


def without_role(d, role):
    d["staff"] = [entry for entry in d["staff"] if entry["role"] != role]
    return d


def replace_role(d, old, new):
    return each_line(d, old, lambda entry: entry.update(role=new))


def drop_requirement(area, code):
    def mutate(d):
        d[area].remove(code)
        return d
    return mutate


# ---------------------------------------------------------------------------------------------
# A kind and its fixtures

class Kind:
    """One structure kind: what its schema and fixtures need.

    type_id: the ERPsychiatricStructureType raw value ("rti"); kind: "er.psychiatry.rti";
    prefix: the rule-id prefix ("er.rti"); valid: {file name: dossier}; base: the valid
    dossier every invalid fixture starts from; invalid: [(file name, mutation)] of the family
    rules (the shared ones are added by `shared_invalid`); family_properties / family_required:
    the family's top-level schema members.
    """

    def __init__(self, *, type_id, kind, prefix, title, description, discipline_description,
                 family_properties=None, family_required=None):
        self.type_id = type_id
        self.kind = kind
        self.prefix = prefix
        self.title = title
        self.description = description
        self.discipline_description = discipline_description
        self.family_properties = family_properties or {}
        self.family_required = family_required or []
        self.valid = {}
        self.base = None
        self.invalid = []

    @property
    def schema(self):
        return schema(self)

    def render(self, dossier):
        return render(dossier, self.schema)


def replace_text(kind, old, new):
    """Raw text: the canonical base with one literal substitution (which must occur once)."""
    def mutate(d):
        text = kind.render(d)
        assert text.count(old) == 1, old
        return text.replace(old, new)
    return mutate


def three_bed_rooms(d, count=1):
    """`count` rooms of 3 beds instead of doubles, singles keeping the bed total."""
    beds = d["beds"]
    layout = [3] * count
    rest = beds - 3 * count
    layout += [2] * (rest // 2) + [1] * (rest % 2)
    d["rooms"] = [{"id": f"camera-{i + 1:02d}", "beds": n} for i, n in enumerate(layout)]
    return d


def old_building(d, triples, permit="2004-05-17", **accreditation):
    """`triples` three-bed rooms in a building whose permit is dated `permit` (before 30 June
    2009 by default), accredited in 2008 and, unless `accreditation` says so, not renewed since."""
    three_bed_rooms(d, triples)
    d["buildingPermitDate"] = permit
    d["accreditation"] = {"grantedOn": "2008-10-06", **accreditation}
    return d


def four_bed_room(d):
    """The last two double rooms merged into one room of 4 beds (the bed total unchanged)."""
    assert [r["beds"] for r in d["rooms"][-2:]] == [2, 2], "the base must end with two double rooms"
    d["rooms"] = d["rooms"][:-2] + [{"id": "camera-quadrupla", "beds": 4}]
    return d


def shared_invalid(kind, *, province_outside="MI", wrong_discipline="56", triple_allowance=0):
    """The invalid fixtures every structure kind has: format rules, identity, rooms, and one
    per attested requirement. The base must have a `name` that occurs once in its text."""
    p = kind.prefix
    triples = triple_allowance + 1  # one more three-bed room than the type allows outright
    last_area_code = catalogue(kind.type_id)["documentation"][-1]
    name = kind.base["name"]
    word = name.split()[-1]
    fixtures = [
        ("json.syntax.json", replace_text(kind, f'"{last_area_code}"\n  ]', f'"{last_area_code}",\n  ]')),
        ("json.syntax--duplicate-key.json",
         replace_text(kind, f'  "beds": {kind.base["beds"]},\n', f'  "beds": {kind.base["beds"]},\n  "beds": {kind.base["beds"]},\n')),
        ("json.syntax--invalid-utf8.json",
         lambda d: kind.render(d).encode("utf-8").replace(word.encode("utf-8"), word.encode("utf-8")[:-1] + b"\xec", 1)),
        ("dossier.envelope.json", lambda d: delete(d, "kind")),
        ("dossier.envelope--no-schema-version.json", lambda d: delete(d, "schemaVersion")),
        ("dossier.envelope--top-level-array.json", lambda d: [d]),
        ("dossier.kind.json", lambda d: set_path(d, ["kind"], "er.psychiatry.unknown")),
        ("dossier.schema-version.json", lambda d: set_path(d, ["schemaVersion"], 2)),
        ("json.type.json", lambda d: set_path(d, ["beds"], str(d["beds"]))),
        ("json.type--boolean-as-string.json", lambda d: set_path(d, ["access", "accessProtocol"], "true")),
        ("json.type--hours-as-string.json", lambda d: set_path(d, ["staff", 0, "hoursPerWeek"], "38")),
        ("json.required.json", lambda d: delete(d, "rooms")),
        ("json.required--health-authority.json", lambda d: delete(d, "healthAuthority")),
        ("json.required--staff-coverage.json", lambda d: delete(d, "staff", 0, "coverage")),
        ("json.value.json", lambda d: set_path(d, ["accreditation", "grantedOn"], "2023-02-29")),
        ("json.value--zero-beds.json", lambda d: set_path(d, ["beds"], 0)),
        ("json.value--unknown-role.json", lambda d: set_path(d, ["staff", 0, "role"], "surgeon")),
        ("json.value--unknown-requirement.json", lambda d: d["spaces"].append("helipad") or d),
        ("json.value--province.json", lambda d: set_path(d, ["province"], "XX")),
        ("json.value--hours-three-decimals.json", lambda d: set_path(d, ["staff", 0, "hoursPerWeek"], 0.125)),
        ("json.value--identifier.json", lambda d: set_path(d, ["id"], "Residenza Uno")),
        ("json.unknown-field.json", lambda d: set_path(d, ["notes"], "Riaperta dopo la ristrutturazione del 2021.")),
        ("json.unknown-field--nested.json", lambda d: set_path(d, ["operator", "pec"], "protocollo@pec.example.it")),
        # Identity (L1-L4; discipline code per type)
        (f"{p}.identity.region.json", lambda d: set_path(d, ["province"], province_outside)),
        (f"{p}.identity.discipline-code.json", lambda d: set_path(d, ["disciplineCode"], wrong_discipline)),
        # Rooms (digest §1.2)
        (f"{p}.rooms.bed-total.json", lambda d: set_path(d, ["rooms"], d["rooms"][:-1])),
        (f"{p}.rooms.max-beds.json", four_bed_room),
        (f"{p}.rooms.triple-rooms.json", lambda d: old_building(d, triples, permit="2010-03-15")),
        (f"{p}.rooms.triple-rooms--permit-on-cutoff.json", lambda d: old_building(d, triples, permit="2009-06-30")),
        (f"{p}.rooms.triple-rooms--renewed-after-cutoff.json", lambda d: old_building(d, triples, lastRenewedOn="2019-11-04")),
        (f"{p}.rooms.triple-rooms--no-permit-date.json", lambda d: delete(old_building(d, triples), "buildingPermitDate")),
        (f"{p}.rooms.grandfathered.json", lambda d: old_building(d, triples)),
        (f"{p}.rooms.grandfathered--renewed-on-cutoff.json", lambda d: old_building(d, triples, lastRenewedOn="2009-06-30")),
    ]
    codes = catalogue(kind.type_id)
    fixtures += [(f"{p}.{area}.{code}.json", drop_requirement(area, code)) for area in AREAS for code in codes[area]]
    return fixtures


# ---------------------------------------------------------------------------------------------
# Writing

def encode(kind, content):
    if isinstance(content, bytes):
        return content
    if isinstance(content, str):
        return content.encode("utf-8")
    return kind.render(content).encode("utf-8")


def outputs(kinds):
    """Every generated file as {path relative to ROOT: bytes}."""
    out = {}
    for kind in kinds:
        out[f"Schemas/{kind.kind}.schema.json"] = render_schema(kind.schema).encode("utf-8")
        folder = f"Fixtures/{kind.kind}"
        for name, dossier in kind.valid.items():
            out[f"{folder}/valid/{name}"] = encode(kind, dossier)
    return out


def write(kinds, check, program):
    wanted = outputs(kinds)
    stale = []
    for kind in kinds:
        for folder in ("valid",):
            directory = ROOT / "Fixtures" / kind.kind / folder
            if directory.is_dir():
                for path in directory.glob("*.json"):
                    relative = str(path.relative_to(ROOT))
                    if relative not in wanted:
                        stale.append(relative)
                        if not check:
                            path.unlink()
    changed = []
    for relative, content in wanted.items():
        target = ROOT / relative
        if not target.exists() or target.read_bytes() != content:
            changed.append(relative)
            if not check:
                target.parent.mkdir(parents=True, exist_ok=True)
                target.write_bytes(content)
    valid = sum(1 for p in wanted if "/valid/" in p)
    if check:
        for path in changed:
            print(f"out of date: {path}")
        for path in stale:
            print(f"not generated: {path}")
        print(f"{program}: {len(kinds)} kinds, {valid} valid; {len(changed) + len(stale)} out of date")
        return 1 if changed or stale else 0
    print(f"{program}: {len(kinds)} kinds, {valid} valid fixtures and {len(kinds)} schemas "
          f"({len(changed)} written, {len(stale)} removed)")
    return 0
