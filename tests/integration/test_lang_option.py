"""``--lang nl|en`` chooses the desktop application's language (over the saved setting)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import FAST_KDF
from tests.conftest import PASSPHRASE
from udens_register.services.register import create_register


def _shown(folder: Path, *lang: str) -> str:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "UDENS_REGISTER_REPORT_SHOWN": "1"}
    proc = subprocess.run(
        [sys.executable, "-m", "udens_register", "--data-dir", str(folder), *lang],
        env=env, capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip
    assert proc.returncode == 0, proc.stderr[-500:]
    line = next(x for x in proc.stdout.splitlines() if x.startswith("shown "))
    return line.split(" ", 2)[2]


@pytest.mark.parametrize(("setting", "option", "words"), [
    ("nl", "en", "Unlock"), ("en", "nl", "Ontgrendelen"), ("nl", None, "Ontgrendelen"), ("en", None, "Unlock"),
])  # fmt: skip
@pytest.mark.slow
def test_lang_option_wins_over_the_setting(
    tmp_path: Path, setting: str, option: str | None, words: str
) -> None:
    folder = tmp_path / "R"
    create_register(folder, PASSPHRASE, "Zorg — T. Test", kdf_seconds=FAST_KDF)
    config = Path(os.environ["XDG_CONFIG_HOME"]) / "UdensRegister"
    config.mkdir(parents=True, exist_ok=True)
    (config / "settings.json").write_text(json.dumps({"language": setting}), encoding="utf-8")
    assert _shown(folder, *(["--lang", option] if option else [])) == words
