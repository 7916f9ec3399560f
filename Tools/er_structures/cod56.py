"""Shared pieces of the two cod. 56 rehabilitation families (psychogeriatric.py, dca.py):
areas in square metres, the interprofessional team, and the staffing arithmetic of
ERStaffingStandards (seed 002 L1603-L1608, L2065-L2069).

Staffing, in hours a week (A-06, A-35, A-38):
  nurses/OTA around the clock: 2 posts for 20 beds, in proportion beyond (2 x beds/20 posts,
  never below 2), each post 168 h, counted on lines with round-the-clock coverage;
  physicians (psychogeriatric: neurologist, psychiatrist, physiatrist, geriatrician, internist;
  DCA: psychiatrist) >= 9 h x 6 working days = 54 h.
"""

from fractions import Fraction

from .common import member

FIGURES = ["psychiatrist", "neurologist", "physiatrist", "geriatrician", "internist", "dietologist", "nurse",
           "physiotherapist", "psychiatric-rehab-technician", "oss", "psychologist", "dietitian", "social-worker",
           "social-secretariat"]

DAYTIME_PHYSICIAN_HOURS = 54  # 9 h (L1605-L1606, L2067) x 6 working days


def operator_hours(beds):
    """Hours a week of nurses/OTA around the clock: 2 posts x 168 h per 20 beds, proportional, >= 336."""
    return max(Fraction(336), Fraction(336 * beds, 20))


def space(id, square_metres, inside=True):
    """A room of an area; `insideStructure` is always written, as the Swift encoder does."""
    return {"id": id, "squareMetres": square_metres, "insideStructure": inside}


def team_member(figure, trained=False):
    entry = {"figure": figure}
    if trained:
        entry["eatingDisorderTraining"] = True
    return entry


SPACE = {
    "type": "object", "additionalProperties": False, "required": ["id", "squareMetres"],
    "properties": {
        "id": {"type": "string", "minLength": 1},
        "squareMetres": {"type": "number", "exclusiveMinimum": 0, "maximum": 100000, "multipleOf": 0.01,
                         "description": "Floor area in m², at most two decimals."},
        "insideStructure": {"type": "boolean", "description": "Located inside the structure (L1547, L2013); true when absent."},
    },
}

TEAM = {
    "type": "array",
    "items": {
        "type": "object", "additionalProperties": False, "required": ["figure"],
        "properties": {
            "figure": {"enum": FIGURES},
            "eatingDisorderTraining": {"type": "boolean",
                                       "description": "Specific eating-disorder training (L2057-L2058, L2061); false when absent."},
        },
    },
}

AVAILABLE = {"type": "array", "uniqueItems": True, "items": {"enum": FIGURES}}


def hours(value):
    """Whole hours as integers (336, not 336.0); others as decimals with at most two places."""
    value = Fraction(value)
    if value.denominator == 1:
        return int(value)
    return round(float(value), 2)


def operators(beds, nurse_share=Fraction(3, 4)):
    """Nurses and OTA around the clock covering `operator_hours(beds)` exactly or a little above."""
    total = operator_hours(beds)
    nurses = -(-total * nurse_share // 36) * 36  # whole 36-hour contracts
    ota = max(Fraction(0), total - nurses)
    lines = [member("nurse", hours(nurses), "24h")]
    if ota:
        lines.append(member("ota", hours(-(-ota // 18) * 18), "24h"))
    return lines
