import pytest

from moderation.config import Settings
from moderation.errors import ConfigError


def test_defaults_load():
    s = Settings.load(env={})
    assert s.policy_version
    assert s.thresholds["contact_details"].block >= s.thresholds["contact_details"].warn
    assert "omniva.ee" in s.carrier_domains


def test_env_adds_allowed_domains_and_limits():
    s = Settings.load(
        env={"MODERATION_ALLOWED_DOMAINS": "Shop.Example, other.ee", "MODERATION_MAX_TEXT_CHARS": "50"}
    )
    assert {"shop.example", "other.ee"} <= s.allowed_domains
    assert s.max_text_chars == 50


def test_override_file_is_merged(tmp_path):
    f = tmp_path / "p.toml"
    f.write_text('version = "test-1"\n[thresholds.marketing]\nblock = 0.9\nwarn = 0.7\n')
    s = Settings.load(f, env={})
    assert s.policy_version == "test-1"
    assert s.thresholds["marketing"].warn == 0.7
    assert s.thresholds["contact_details"].block == Settings.load(env={}).thresholds["contact_details"].block


@pytest.mark.parametrize(
    "content",
    [
        "not toml [",
        "[thresholds.marketing]\nblock = 0.2\nwarn = 0.7\n",
        '[limits]\nmax_text_chars = "many"\n',
    ],
)
def test_bad_policy_file_is_a_config_error(tmp_path, content):
    f = tmp_path / "p.toml"
    f.write_text(content)
    with pytest.raises(ConfigError):
        Settings.load(f, env={})


def test_missing_file_is_a_config_error(tmp_path):
    with pytest.raises(ConfigError, match="not found"):
        Settings.load(tmp_path / "missing.toml", env={})


def test_bad_env_value_is_a_config_error():
    with pytest.raises(ConfigError, match="MODERATION_MAX_TEXT_CHARS"):
        Settings.load(env={"MODERATION_MAX_TEXT_CHARS": "lots"})
