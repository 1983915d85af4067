"""Peewee models, the encrypted register, keys, migrations, the audit chain and backups."""
