"""The operation model (JSON round-trip, validation) and what each operation draws."""

from __future__ import annotations

import json

import pytest
from PIL import Image

from bonusdesk.core.annotate import Box, Operation, OperationList, OpKind, render
from bonusdesk.core.errors import BadInput

GREY = (128, 128, 128)


def colours(im) -> set:
    return {c for _, c in im.getcolors(1 << 24)}


def grey(size=(200, 120)):
    return Image.new("RGB", size, GREY)


def test_box_parses_x_y_w_h_and_refuses_the_rest():
    assert Box.parse("10, 20,300,40") == Box(10, 20, 300, 40)
    for bad in ("10,20,30", "a,b,c,d", "1.5,2,3,4", ""):
        with pytest.raises(BadInput, match="X,Y,W,H"):
            Box.parse(bad)


def test_operation_list_round_trips_through_json():
    ops = OperationList([
        Operation(OpKind.RECT, Box(1, 2, 30, 40), colour="#112233", stroke=6),
        Operation(OpKind.ARROW, Box(50, 60, -20, 15)),
        Operation(OpKind.HIGHLIGHT, Box(0, 0, 10, 10)),
        Operation(OpKind.TEXT, Box(5, 5, 100, 20), text="Code d'erreur « BNS-402 »", size=18),
        Operation(OpKind.STEP, Box(9, 9, 24, 24), step=3),
        Operation(OpKind.CROP, Box(0, 0, 150, 100)),
        Operation(OpKind.REDACT, Box(70, 70, 20, 10), colour="#FFFFFF"),
    ])
    text = ops.dumps()
    assert json.loads(text)["format"] == "bonusdesk-ops/1"
    assert OperationList.loads(text) == ops
    # a bare list and "color" are accepted too
    bare = json.dumps([{"kind": "redact", "rect": "1,2,3,4", "color": "#000000"}])
    assert OperationList.loads(bare).operations == [
        Operation(OpKind.REDACT, Box(1, 2, 3, 4), colour="#000000")]


@pytest.mark.parametrize("doc,message", [
    ('[{"kind": "blur", "rect": [0,0,1,1]}]', "kind must be one of"),
    ('[{"kind": "rect", "rect": [0,0,1]}]', "rect must be"),
    ('[{"kind": "rect", "rect": [0,0,1,1], "colour": "red"}]', "#RRGGBB"),
    ('[{"kind": "rect", "rect": [0,0,1,1], "opacity": 1}]', "unknown field"),
    ('[{"kind": "step", "rect": [0,0,1,1], "step": -1}]', "step must be"),
    ('{"format": "other/2", "operations": []}', "unknown operations format"),
    ('{"operations": 3}', "list of operations"),
    ("not json", "not valid JSON"),
])
def test_bad_operation_files_are_refused_with_the_reason(doc, message):
    with pytest.raises(BadInput, match=message):
        OperationList.loads(doc)


def test_steps_are_numbered_in_list_order_unless_given():
    ops = OperationList([Operation(OpKind.STEP, Box(0, 0, 20, 20)),
                         Operation(OpKind.STEP, Box(30, 0, 20, 20), step=5),
                         Operation(OpKind.STEP, Box(60, 0, 20, 20))]).numbered()
    assert [op.step for op in ops.operations] == [1, 5, 6]


def test_rectangle_draws_an_outline_and_leaves_the_inside():
    out = render(grey(), OperationList([Operation(OpKind.RECT, Box(20, 20, 100, 60),
                                                  colour="#00FF00", stroke=3)]))
    assert out.getpixel((20, 20)) == (0, 255, 0)
    assert out.getpixel((119, 79)) == (0, 255, 0)
    assert out.getpixel((22, 50)) == (0, 255, 0)
    assert out.getpixel((70, 50)) == GREY
    assert out.getpixel((19, 19)) == GREY


def test_highlight_tints_but_keeps_the_picture_visible():
    im = grey()
    im.putpixel((50, 50), (0, 0, 0))
    out = render(im, OperationList([Operation(OpKind.HIGHLIGHT, Box(40, 40, 30, 30))]))
    tinted, dark = out.getpixel((45, 45)), out.getpixel((50, 50))
    assert tinted != GREY and tinted[0] > tinted[2]  # yellow-ish
    assert dark != tinted and sum(dark) < sum(tinted)  # what was dark stays darker
    assert out.getpixel((10, 10)) == GREY


def test_arrow_runs_from_tail_to_head():
    out = render(grey(), OperationList([Operation(OpKind.ARROW, Box(10, 60, 150, 0),
                                                  colour="#0000FF")]))
    assert out.getpixel((12, 60)) == (0, 0, 255)
    assert out.getpixel((158, 60)) == (0, 0, 255)
    assert out.getpixel((100, 30)) == GREY


def test_step_marker_shows_its_number_in_a_disc():
    out = render(grey(), OperationList([Operation(OpKind.STEP, Box(50, 30, 40, 40), step=7,
                                                  colour="#FF0000")]))
    seen = colours(out.crop((50, 30, 90, 70)))
    assert (255, 0, 0) in seen and (255, 255, 255) in seen
    assert out.getpixel((10, 10)) == GREY


def test_text_is_written_in_the_box():
    out = render(grey(), OperationList([Operation(OpKind.TEXT, Box(10, 10, 150, 30),
                                                  text="Été", colour="#000000")]))
    assert (0, 0, 0) in colours(out.crop((10, 10, 160, 40)))
    assert colours(out.crop((0, 60, 200, 120))) == {GREY}


def test_crop_keeps_only_its_rectangle_and_comes_last():
    im = grey()
    im.putpixel((60, 40), (1, 2, 3))
    out = render(im, OperationList([Operation(OpKind.CROP, Box(50, 30, 40, 20)),
                                    Operation(OpKind.REDACT, Box(80, 30, 100, 100))]))
    assert out.size == (40, 20)
    assert out.getpixel((10, 10)) == (1, 2, 3)
    assert out.getpixel((35, 5)) == (0, 0, 0)


def test_rendering_is_deterministic():
    ops = OperationList([Operation(OpKind.TEXT, Box(10, 10, 150, 30), text="BNS-402"),
                         Operation(OpKind.STEP, Box(100, 60, 30, 30)),
                         Operation(OpKind.ARROW, Box(0, 0, 90, 90))])
    assert render(grey(), ops).tobytes() == render(grey(), ops).tobytes()


def test_two_crops_are_refused():
    with pytest.raises(BadInput, match="one crop"):
        render(grey(), OperationList([Operation(OpKind.CROP, Box(0, 0, 10, 10)),
                                      Operation(OpKind.CROP, Box(0, 0, 20, 20))]))
