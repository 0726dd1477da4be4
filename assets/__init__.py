"""The files shipped with the kiosk: the default event config, card icons and translations (package `kiosk.assets`)."""
