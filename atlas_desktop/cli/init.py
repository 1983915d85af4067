"""``atlas init`` (what the deadlines depend on, and who you are) and ``atlas whoami`` (your name in the register).

``init`` asks what the law needs to know before the first deadline runs: the country (its public
holidays stretch the one-month answer to a request, Art. 12(3)), the region where holidays differ,
the supervisory authority a breach is notified to within 72 hours (Art. 33(1), 55), and the person's
own name and role, written in the audit trail and on sign-offs (Art. 5(2), 30). Each comes from a flag,
or is asked at a terminal. Without a terminal the country may be left out (the checks then say it is
missing) but the name may not: never the computer's login name.
"""

from __future__ import annotations

import argparse
import sys

from ..core.authorities import authority_for
from ..core.countries import country_name
from ..core.errors import EXIT_OK, RegisterExists, SetupProblem, UsageError
from ..core.i18n import t
from ..core.office_setup import (
    AuthorityDetails,
    check_country,
    check_person,
    check_region,
    holiday_regions,
    machine_zone,
    organisation_values,
    proposed_authority,
)
from ..storage.identity import NAME_ENV, UNNAMED, actor_for, record_user, recorded_user
from ..storage.register import Register
from ..storage.settings import Settings
from ..storage.unlock_flow import command_actor
from . import terminal
from .opening import open_register, register_path
from .output import write_recovery_key
from .terminal import PASSPHRASE_ENV, new_passphrase


def add_init(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    """``atlas init``."""
    p = sub.add_parser("init", parents=[common], help=t("cli", "create a new register"))
    p.add_argument("--org", metavar="NAME", help=t("cli", "the organisation (controller) name"))
    p.add_argument("--recovery-key-out", metavar="F",
                   help=t("cli", "write the recovery key to F (mode 0600) instead of printing it"))
    p.add_argument("--country", metavar="CC", help=t("cli", "where the organisation is established, as a two-letter "
                   "code (e.g. RO): deadlines skip its public holidays (Art. 12(3)) and its authority is proposed"))
    p.add_argument("--region", metavar="R", help=t("cli", "the region, where public holidays differ by region (e.g. "
                   "BY for Bavaria)"))
    p.add_argument("--authority", metavar="NAME", help=t("cli", "the supervisory authority you notify (Art. 33(1), "
                   "55); default: the one of --country"))
    p.add_argument("--authority-contact", metavar="TEXT", help=t("cli", "its address, web form or phone, when "
                   "--authority names one Atlas does not know"))
    p.add_argument("--your-name", metavar="NAME", help=t("cli", "your name, written in the audit trail and on "
                   "sign-offs (Art. 5(2), 30); or set {variable}").format(variable=NAME_ENV))
    p.add_argument("--your-role", metavar="ROLE", help=t("cli", "your role, e.g. 'Office manager'"))
    p.set_defaults(func=cmd_init)


def add_whoami(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    """``atlas whoami``."""
    p = sub.add_parser("whoami", parents=[common], help=t("cli", "show or record your name for the audit trail"),
                       description=t("cli", "The name and role recorded in the register: the audit trail and "
                                     "sign-offs show them (Art. 5(2), 30). Preferences' \"Your name\" or "
                                     "{variable}, when set, are used instead on this computer.").format(
                           variable=NAME_ENV))
    p.add_argument("--set-name", metavar="NAME", help=t("cli", "record your name in the register"))
    p.add_argument("--set-role", metavar="ROLE", help=t("cli", "record your role (e.g. 'Office manager')"))
    p.set_defaults(func=cmd_whoami)


# -- asking at a terminal --------------------------------------------------------------------------------
def _typed(prompt: str) -> str:
    try:
        return input(prompt).strip()
    except EOFError:  # Ctrl-D: the person gave up
        raise UsageError(t("cli", "No answer was typed; nothing was created.")) from None


def _ask_until(prompt: str, check, tries: int = 5):  # noqa: ANN001, ANN202 - a checker and its result
    """Ask again (saying why) rather than ending the command on a typo."""
    for _ in range(tries):
        try:
            return check(_typed(prompt))
        except SetupProblem as exc:
            print(f"  {exc.message}", file=sys.stderr)
    raise UsageError(t("cli", "No usable answer was given; nothing was created."))


def _country(args: argparse.Namespace, interactive: bool) -> tuple[str, str]:
    country = check_country(args.country) if getattr(args, "country", None) else ""
    if not country and interactive:
        country = _ask_until(t("cli", "Country where your organisation is established (code or name, e.g. RO; "
                               "Enter to skip): "), lambda text: check_country(text) if text else "")
    region = getattr(args, "region", None) or ""
    if region and not country:
        raise SetupProblem(t("cli", "--region needs --country: give the country the region is in."))
    if region:
        return country, check_region(country, region)
    regions = holiday_regions(country)
    if regions and interactive:
        print(t("cli", "Public holidays differ by region in {country}: {regions}").format(
            country=country_name(country), regions=", ".join(f"{code} {name}" for code, name in regions)),
            file=sys.stderr)
        region = _ask_until(t("cli", "Region (its code; Enter for the national holidays only): "),
                            lambda text: check_region(country, text))
    return country, region


def _authority(args: argparse.Namespace, country: str, interactive: bool) -> AuthorityDetails:
    proposed = proposed_authority(country)
    given = " ".join((getattr(args, "authority", None) or "").split())
    contact = " ".join((getattr(args, "authority_contact", None) or "").split())
    if given:
        if given.casefold() in _known_names(country) and not contact:
            return proposed
        return AuthorityDetails(given, web=contact)
    if not interactive:
        return proposed
    if proposed.name:
        print(t("cli", "Supervisory authority for {country}: {authority}").format(
            country=country_name(country), authority=proposed.name) + f"\n  {proposed.contact}", file=sys.stderr)
        typed = _typed(t("cli", "Press Enter to accept it, or type the name of your authority: "))
        if not typed:
            return proposed
    else:
        typed = _typed(t("cli", "Supervisory authority you notify of a breach (Enter to skip): "))
    if not typed:
        return AuthorityDetails()
    return AuthorityDetails(typed, web=_typed(t("cli", "Its address, web form or phone (Enter to skip): ")))


def _known_names(country: str) -> set[str]:
    """The names, casefolded, that mean the country's listed authority: as proposed, or by one of its names."""
    found = authority_for(country)
    names = (found.display, found.short, found.name, found.english, found.title) if found else ()
    return {x.casefold() for x in names if x}


def _person(args: argparse.Namespace, settings: Settings, interactive: bool) -> tuple[str, str]:
    given = getattr(args, "your_name", None)
    if given is not None:
        name = check_person(given, "--your-name")
    elif given_here := command_actor(settings):
        name = check_person(given_here)
    elif interactive:
        name = _ask_until(t("cli", "Your name (shown in the audit trail and on sign-offs): "), check_person)
    else:
        raise SetupProblem(t("cli", "Give your name with --your-name \"Your Name\" (or set {variable}): the audit "
                             "trail and sign-offs show who made each change (Art. 5(2)).").format(variable=NAME_ENV))
    role = getattr(args, "your_role", None)
    if role is None and interactive:
        role = _ask_until(t("cli", "Your role (e.g. Office manager; Enter to skip): "),
                          lambda text: check_person(text, t("cli", "Your role"), required=False))
    return name, check_person(role, "--your-role", required=False)


# -- the commands -----------------------------------------------------------------------------------------
def cmd_init(args: argparse.Namespace, settings: Settings) -> int:
    path = register_path(args)
    if path.exists():
        raise RegisterExists(t("cli", "A register already exists at {path}.").format(path=path))
    interactive = terminal.interactive()
    org = getattr(args, "org", None)
    if not org:
        if not interactive:
            raise UsageError(t("cli", "Give the organisation's name with --org."))
        org = _typed(t("cli", "Organisation name: "))
    if not org.strip():
        raise UsageError(t("cli", "The organisation's name cannot be empty."))
    # Every answer is checked before the passphrase is asked: a typo must not cost a typed passphrase.
    country, region = _country(args, interactive)
    authority = _authority(args, country, interactive)
    name, role = _person(args, settings, interactive)
    passphrase = new_passphrase(args, "passphrase_file", PASSPHRASE_ENV, [org])
    path.parent.mkdir(parents=True, exist_ok=True)
    values = organisation_values(country, region, authority, name, machine_zone=machine_zone())
    reg, recovery = Register.create(path, passphrase, org, user=(name, role), organisation=values)
    with reg:
        print(t("cli", "Created the register for {organisation} at {path}.").format(organisation=org, path=path))
        for line in _summary(values, name, role):
            print(f"  {line}")
        write_recovery_key(recovery, getattr(args, "recovery_key_out", None), t("cli", "A recovery key was made."))
    return EXIT_OK


def _summary(values: dict[str, str], name: str, role: str) -> list[str]:
    lines = [t("cli", "Your name in the audit trail and on sign-offs: {person}").format(person=_named(name, role))]
    if values.get("country"):
        where = country_name(values["country"])
        if values.get("holiday_region"):
            where = t("cli", "{country}, region {region}").format(country=where, region=values["holiday_region"])
        lines.append(t("cli", "Deadlines skip the public holidays of {where} (Art. 12(3)); dates are shown in "
                       "{zone}.").format(where=where, zone=values["time_zone"]))
    else:
        # holiday_country is what the deadlines read (core.context), and the zone what dates are shown in.
        lines.append(t("cli", "No country was given, so deadlines skip weekends only, not public holidays "
                       "(Art. 12(3)). Set it with: atlas edit organisation --set country=CC --set "
                       "holiday_country=CC --set time_zone=Continent/City (e.g. RO and Europe/Bucharest)"))
    if values.get("responsible_name"):
        lines.append(t("cli", "With no DPO recorded, {person} is named in the record as the person responsible for "
                       "data protection; change it with: atlas edit organisation --set "
                       "responsible_name=\"Name\"").format(person=values["responsible_name"]))
    if values.get("authority_name"):
        lines.append(t("cli", "Supervisory authority for breaches (Art. 33(1)): {authority}").format(
            authority=values["authority_name"]))
    return lines


def _named(name: str, role: str) -> str:
    """A person with their role: "Ana Pop (Office manager)"; the name alone when no role is recorded."""
    return t("cli", "{name} ({role})").format(name=name, role=role) if role else name


def cmd_whoami(args: argparse.Namespace, settings: Settings) -> int:
    with open_register(args, settings, unnamed_note=False) as reg:  # naming the person: no note they are unnamed
        if getattr(reg, "kind", "local") != "local":
            if args.set_name is not None or args.set_role is not None:
                raise SetupProblem(t("cli", "A team register names you by your sign-in ({person}); nothing was "
                                     "changed.").format(person=reg.actor))
            print(t("cli", "Signed in as {person}: the audit trail and sign-offs show this name.").format(
                person=reg.actor))
            return EXIT_OK
        name, role = recorded_user(reg)
        if args.set_name is not None or args.set_role is not None:
            if args.set_name is None and not name:
                raise SetupProblem(t("cli", "No name is recorded yet: give it with --set-name \"Your Name\"."))
            name, role = record_user(reg, args.set_name if args.set_name is not None else name,
                                     args.set_role if args.set_role is not None else role)
            print(t("cli", "Recorded: {person}. The audit trail and sign-offs show this name from now on.").format(
                person=_named(name, role)))
        elif name:
            print(t("cli", "Recorded in this register: {person}.").format(person=_named(name, role)))
        else:
            print(t("cli", "No name is recorded in this register, so changes are written as \"{unnamed}\". Record "
                    "yours with: atlas whoami --set-name \"Your Name\" --set-role \"Your role\"").format(
                unnamed=UNNAMED))
        override = command_actor(settings)
        if override and override != name:
            print(t("cli", "On this computer changes are written as {person} (Preferences' \"Your name\" or "
                    "{variable}).").format(person=actor_for(reg, override), variable=NAME_ENV))
    return EXIT_OK
