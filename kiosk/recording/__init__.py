"""The recording engine: frames and audio on their capture timestamps into one crash-safe MP4."""
