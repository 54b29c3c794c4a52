"""The desk itself: first initialisation (country, reference data), and its shared settings."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from desk.i18n import current_language, translate
from desk.models.migrate import revision_of
from desk.models.reference import Country, Currency
from desk.models.setting import DeskSetting
from desk.services.dto import Actor, DeskInfoDTO
from desk.services.errors import ValidationError
from desk.services.permissions import Action, require
from desk.services.reference_seed import seed_reference
from desk.services.uow import SessionFactory, reading, writing
from desk.services.validation import clean_text

NAME, COUNTRY, CURRENCY, PHONE_REGION = "desk.name", "desk.country", "desk.currency", "desk.phone_region"
IDLE_LOCK_MINUTES, IS_DEMO = "desk.idle_lock_minutes", "desk.is_demo"
DEFAULT_IDLE_LOCK_MINUTES = 5


def _settings(session: Session) -> dict[str, str]:
    return {row.key: row.value for row in session.scalars(select(DeskSetting))}


def _put(session: Session, key: str, value: str) -> None:
    row = session.get(DeskSetting, key)
    if row is None:
        session.add(DeskSetting(key=key, value=value))
    elif row.value != value:
        row.value = value


class DeskService:
    def __init__(self, session_factory: SessionFactory, database_label: str = "", backend: str = "") -> None:
        self._sf = session_factory
        self._label = database_label
        self._backend = backend

    def is_initialised(self) -> bool:
        with reading(self._sf) as session:
            return session.get(DeskSetting, COUNTRY) is not None

    def initialise(self, country: str = "CM", name: str | None = None, is_demo: bool = False) -> DeskInfoDTO:
        """Seed the country's reference lists and the desk settings (idempotent; nothing an admin edited is lost)."""
        country = (country or "CM").upper()
        with writing(self._sf, None) as session:
            existing = session.get(DeskSetting, COUNTRY)
            if existing is not None and existing.value != country:
                raise ValidationError(
                    "country",
                    translate("Errors", "Country: this desk is already set up for {country}.").format(
                        country=existing.value
                    ),
                )
            section = seed_reference(session, country)
            current = _settings(session)
            default_name = f"Guichet diaspora – {section['name_fr']}"  # data, in the desk's language
            for key, value in (
                (NAME, name or default_name),
                (COUNTRY, country),
                (CURRENCY, section["currency"]),
                (PHONE_REGION, section.get("phone_region", country)),
                (IDLE_LOCK_MINUTES, str(DEFAULT_IDLE_LOCK_MINUTES)),
                (IS_DEMO, "1" if is_demo else "0"),
            ):
                if key not in current:
                    _put(session, key, value)
        return self.info()

    def info(self) -> DeskInfoDTO:
        """The desk's name, country, currency, idle-lock delay and whether it is a demonstration database."""
        with reading(self._sf) as session:
            values = _settings(session)
            currency_code = values.get(CURRENCY, "XAF")
            currency = session.scalar(select(Currency).where(Currency.code == currency_code))
            revision = revision_of(session.connection())
            country = session.scalar(select(Country).where(Country.code == values.get(COUNTRY, "")))
            country_name = (country.name_en if current_language() == "en" else country.name_fr) if country else ""
        return DeskInfoDTO(
            name=values.get(NAME, ""),
            country=values.get(COUNTRY, ""),
            country_name=country_name,
            currency=currency_code,
            currency_minor_units=currency.minor_units if currency else 0,
            is_demo=values.get(IS_DEMO) == "1",
            idle_lock_minutes=int(values.get(IDLE_LOCK_MINUTES, DEFAULT_IDLE_LOCK_MINUTES)),
            database=self._label,
            backend=self._backend,
            schema_revision=revision,
        )

    def update_settings(self, actor: Actor, *, name: str, idle_lock_minutes: int) -> DeskInfoDTO:
        """Rename the desk or change how long a workstation may stay idle before it locks (1 to 60 minutes)."""
        require(actor, Action.SETTINGS_EDIT)
        name = clean_text("name", name, max_length=200, label=translate("Fields", "Desk name"))
        if not 1 <= idle_lock_minutes <= 60:
            raise ValidationError("idle_lock_minutes", translate("Errors", "Idle lock: between 1 and 60 minutes."))
        with writing(self._sf, actor) as session:
            _put(session, NAME, name)
            _put(session, IDLE_LOCK_MINUTES, str(idle_lock_minutes))
        return self.info()
