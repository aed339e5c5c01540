#!/usr/bin/env python3
"""Draws the Teams app icons (color.png 192x192, outline.png 32x32) with the standard library only.

The color icon is a chat bubble on the accent colour; the outline icon is the same bubble in white on a transparent
background, as Teams requires. Shapes are rendered at 4x and averaged down for smooth edges.
"""
import os
import struct
import zlib

ACCENT = (0x1F, 0x5A, 0xA6)  # keep in sync with accentColor in manifest.json
WHITE = (0xFF, 0xFF, 0xFF)
SCALE = 4


def png(path, width, height, rgba_rows):
    raw = b"".join(b"\x00" + bytes(row) for row in rgba_rows)

    def chunk(kind, data):
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body) & 0xFFFFFFFF)

    header = struct.pack(">IIBBBBB", width, height, 8, 6, 0, 0, 0)
    with open(path, "wb") as f:
        f.write(b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


def in_round_rect(x, y, left, top, right, bottom, radius):
    if x < left or x > right or y < top or y > bottom:
        return False
    cx = min(max(x, left + radius), right - radius)
    cy = min(max(y, top + radius), bottom - radius)
    return (x - cx) ** 2 + (y - cy) ** 2 <= radius ** 2


def in_triangle(x, y, a, b, c):
    def side(p, q, r):
        return (p[0] - r[0]) * (q[1] - r[1]) - (q[0] - r[0]) * (p[1] - r[1])

    d1, d2, d3 = side((x, y), a, b), side((x, y), b, c), side((x, y), c, a)
    has_neg = d1 < 0 or d2 < 0 or d3 < 0
    has_pos = d1 > 0 or d2 > 0 or d3 > 0
    return not (has_neg and has_pos)


def bubble(u, v):
    """The chat bubble in unit coordinates (0..1): body, tail, and three dots cut out."""
    body = in_round_rect(u, v, 0.16, 0.20, 0.84, 0.68, 0.12)
    tail = in_triangle(u, v, (0.30, 0.64), (0.46, 0.64), (0.26, 0.84))
    dot = any((u - cx) ** 2 + (v - 0.44) ** 2 <= 0.055 ** 2 for cx in (0.34, 0.50, 0.66))
    return (body or tail), dot


def render(size, pixel):
    big = size * SCALE
    rows = []
    for y in range(size):
        row = []
        for x in range(size):
            acc = [0, 0, 0, 0]
            for sy in range(SCALE):
                for sx in range(SCALE):
                    u = (x * SCALE + sx + 0.5) / big
                    v = (y * SCALE + sy + 0.5) / big
                    r, g, b, a = pixel(u, v)
                    acc[0] += r * a
                    acc[1] += g * a
                    acc[2] += b * a
                    acc[3] += a
            n = SCALE * SCALE
            alpha = acc[3] / n
            if alpha == 0:
                row += [0, 0, 0, 0]
            else:
                row += [round(acc[0] / acc[3]), round(acc[1] / acc[3]), round(acc[2] / acc[3]), round(alpha)]
        rows.append(row)
    return rows


def color_pixel(u, v):
    shape, dot = bubble(u, v)
    if shape and not dot:
        return (*WHITE, 255)
    return (*ACCENT, 255)


def outline_pixel(u, v):
    shape, dot = bubble(u, v)
    return (*WHITE, 255) if shape and not dot else (0, 0, 0, 0)


if __name__ == "__main__":
    here = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    png(os.path.join(here, "color.png"), 192, 192, render(192, color_pixel))
    png(os.path.join(here, "outline.png"), 32, 32, render(32, outline_pixel))
