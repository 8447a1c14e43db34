#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Renders resources/icons/privatesnn-lab.svg into the committed icon files:
resources/icons/hicolor/NxN/privatesnn-lab.png (Linux), packaging/windows/privatesnn-lab.ico and
packaging/macos/privatesnn-lab.icns. Needs rsvg-convert (Debian: librsvg2-bin). Only run it after
changing the SVG; the build uses the committed files."""
import pathlib
import struct
import subprocess

root = pathlib.Path(__file__).resolve().parent.parent
svg = root / "resources/icons/privatesnn-lab.svg"
sizes = [16, 24, 32, 48, 64, 128, 256, 512]
png = {}
for size in sizes:
    out = root / f"resources/icons/hicolor/{size}x{size}/privatesnn-lab.png"
    out.parent.mkdir(parents=True, exist_ok=True)
    subprocess.run(["rsvg-convert", "-w", str(size), "-h", str(size), str(svg), "-o", str(out)], check=True)
    png[size] = out.read_bytes()

# .ico with PNG entries (Windows Vista and later read them).
ico_sizes = [16, 24, 32, 48, 64, 128, 256]
offset = 6 + 16 * len(ico_sizes)
header = struct.pack("<HHH", 0, 1, len(ico_sizes))
entries, blobs = b"", b""
for size in ico_sizes:
    data = png[size]
    dim = 0 if size == 256 else size
    entries += struct.pack("<BBBBHHII", dim, dim, 0, 0, 1, 32, len(data), offset + len(blobs))
    blobs += data
(root / "packaging/windows/privatesnn-lab.ico").write_bytes(header + entries + blobs)

# .icns with PNG entries (macOS 10.7 and later).
types = {16: b"icp4", 32: b"icp5", 64: b"icp6", 128: b"ic07", 256: b"ic08", 512: b"ic09"}
body = b"".join(t + struct.pack(">I", 8 + len(png[s])) + png[s] for s, t in types.items())
(root / "packaging/macos/privatesnn-lab.icns").write_bytes(b"icns" + struct.pack(">I", 8 + len(body)) + body)
print("rendered", len(sizes), "PNG sizes, privatesnn-lab.ico and privatesnn-lab.icns")
