"""All models, imported so that ``Base.metadata`` knows every table."""

from db.models.actors import Actor, ActorTheme, Affiliation, Membership
from db.models.codebook import ChecklistStatement, CodebookEntry, Setting
from db.models.outcomes import Assessment, AssessmentScore, Story, StoryTheme
from db.models.ties import Tie, TieCode
from db.models.users import User

__all__ = [
    "Actor",
    "ActorTheme",
    "Affiliation",
    "Assessment",
    "AssessmentScore",
    "ChecklistStatement",
    "CodebookEntry",
    "Membership",
    "Setting",
    "Story",
    "StoryTheme",
    "Tie",
    "TieCode",
    "User",
]
