"""Key slots: a random data key, stored only wrapped per passphrase or recovery key
(:mod:`~udens_register.vault.keyfile`, :mod:`~udens_register.vault.recovery`), and writing files
safely (:mod:`~udens_register.vault.files`). Nothing is imported here: writing a file must not
load the key derivation's cryptography (the app's first window waits for what it imports)."""
