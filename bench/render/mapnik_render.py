#!/usr/bin/python3
"""The peer renderer: Mapnik (Debian python3-mapnik) draws the same GeoJSON layers as `bordermap
export` (countries, provinces, river, the claim points) at the same size in Web Mercator, with the
shared style's colours and line widths, province names and one marker per claim in its category
colour. Usage: mapnik_render.py png|pdf DATA_DIR OUT_FILE WIDTH HEIGHT
"""
import json
import sys
from pathlib import Path

import mapnik

fmt, data, out, width, height = sys.argv[1], Path(sys.argv[2]), sys.argv[3], int(sys.argv[4]), int(sys.argv[5])
repo = Path(__file__).resolve().parents[2]
style = json.loads((repo / "src" / "BorderMap.Core" / "Styling" / "map-style.json").read_text(encoding="utf-8"))
areas, lines = style["areas"], style["lines"]
px = 0.75 * 150 / 72  # CSS px to output pixels at bordermap's default 150 dpi, as bordermap scales them
boundaries = data / "geodata" / "boundaries"


def polygon_rule(condition, fill, stroke, width):
    return (f'<Rule><Filter>{condition}</Filter><PolygonSymbolizer fill="{fill}"/>'
            f'<LineSymbolizer stroke="{stroke}" stroke-width="{width * px}" stroke-linejoin="round"/></Rule>')


def layer(name, path):
    return (f'<Layer name="{name}" srs="epsg:4326"><StyleName>{name}</StyleName>'
            f'<Datasource><Parameter name="type">geojson</Parameter><Parameter name="file">{path}</Parameter></Datasource></Layer>')


markers = "".join(
    f'<Rule><Filter>[category] = \'{c["id"]}\'</Filter><MarkersSymbolizer fill="{c["color"]}" stroke="white" '
    f'stroke-width="{1.5 * px}" width="{2 * lines["symbolRadius"] * px}" height="{2 * lines["symbolRadius"] * px}" allow-overlap="true"/></Rule>'
    for c in style["categories"])
xml = f"""<Map srs="epsg:3857" background-color="{areas['background']}">
<Style name="countries">
{polygon_rule("[id] = 'TJ'", areas['focusFill'], areas['countryStroke'], lines['coreCountryStroke'])}
{polygon_rule("[id] = 'AF'", areas['contextFill'], areas['countryStroke'], lines['coreCountryStroke'])}
{polygon_rule("[id] != 'TJ' and [id] != 'AF'", areas['neighbourFill'], areas['contextStroke'], lines['neighbourCountryStroke'])}
</Style>
<Style name="provinces">
{polygon_rule("[focus] = true", areas['focusFill'], areas['focusStroke'], lines['focusStroke'])}
{polygon_rule("[focus] = false and [country] = 'TJ'", areas['focusFill'], areas['focusStroke'], lines['focusCountryStroke'])}
{polygon_rule("[focus] = false and [country] != 'TJ'", areas['contextFill'], areas['contextStroke'], lines['contextStroke'])}
<Rule><TextSymbolizer face-name="DejaVu Sans Book" size="{11 * px}" fill="#5c574f" halo-fill="white" halo-radius="{1.5 * px}">[name]</TextSymbolizer></Rule>
</Style>
<Style name="rivers"><Rule>
<LineSymbolizer stroke="rgba(255,255,255,0.7)" stroke-width="{lines['riverCasing'] * px}" stroke-linejoin="round"/>
<LineSymbolizer stroke="{areas['river']}" stroke-width="{lines['river'] * px}" stroke-linejoin="round"/>
</Rule></Style>
<Style name="claims">{markers}</Style>
{layer("countries", boundaries / "countries.geojson")}
{layer("provinces", boundaries / "provinces.geojson")}
{layer("rivers", boundaries / "rivers.geojson")}
{layer("claims", data / "claims-points.geojson")}
</Map>"""

m = mapnik.Map(width, height)
mapnik.load_map_from_string(m, xml)
# The whole-area view of the export (60–75.5°E, 29–41.5°N), widened to the image's aspect as bordermap does.
to_mercator = mapnik.ProjTransform(mapnik.Projection("epsg:4326"), mapnik.Projection("epsg:3857"))
m.zoom_to_box(to_mercator.forward(mapnik.Box2d(60, 29, 75.5, 41.5)))
mapnik.render_to_file(m, out, "png32" if fmt == "png" else "pdf")
