"""How fast the readers go: PDF pages per second and web-page MB per second, for `make bench`.

    $ python -m pipeline.bench_formats
    PDF: 40 pages, reader 95.1 pages/s, extract_document 12.0 pages/s; HTML: 4.1 MB, reader 6.2 MB/s, ...

The documents are made here from the given paragraphs (PyMuPDF writes the PDF with its built-in
Chinese font; the web page has a site's furniture and a table every ten paragraphs), so the
figures are comparable from run to run. Rates are wall clock, best of `repeat`, one process.

>>> result = measure(["全年粮食产量1089.9万吨，比上年增长0.6%。" * 4] * 30, pdf_pages=2, html_mb=0.05, repeat=1)
>>> result["pdf"]["pages"], result["pdf"]["facts"] > 0, result["html"]["facts"] > 0
(2, True, True)
"""
from __future__ import annotations

import html
import sys
import time


def make_pdf(paragraphs: list[str], pages: int) -> bytes:
    """A PDF of `pages` pages of running text, a header and a page number on each."""
    import pymupdf

    pdf = pymupdf.open()
    font = pymupdf.Font("china-s")
    index = 0
    for number in range(1, pages + 1):
        page = pdf.new_page()
        writer = pymupdf.TextWriter(page.rect)
        writer.append((72, 40), "统计公报", font=font, fontsize=9)
        writer.append((290, 815), f"- {number} -", font=font, fontsize=9)
        text = ""
        while len(text) < 1200:
            text += paragraphs[index % len(paragraphs)] + "\n"
            index += 1
        writer.fill_textbox(pymupdf.Rect(72, 60, 523, 790), text, font=font, fontsize=10.5)
        writer.write_text(page)
    return pdf.tobytes(garbage=1, deflate=True)


def make_html(paragraphs: list[str], megabytes: float) -> bytes:
    """A web page of about `megabytes` MB: nav, article paragraphs with a table now and then, footer."""
    parts = ["<!DOCTYPE html><html><head><meta charset='utf-8'><title>统计公报</title></head><body>",
             "<div class='nav'><a href='/'>首页</a><a href='/tjsj'>统计数据</a></div><div class='article'>"]
    size, index = 0, 0
    while size < megabytes * 1e6:
        part = f"<p>{html.escape(paragraphs[index % len(paragraphs)])}</p>"
        if index % 10 == 9:
            part += ("<table><tr><td>指标</td><td>绝对量</td><td>比上年增长（%）</td></tr>"
                     f"<tr><td>粮食产量（万吨）</td><td>{1000 + index}</td><td>0.6</td></tr></table>")
        parts.append(part)
        size += len(part.encode())
        index += 1
    parts.append("</div><div class='footer'>版权所有 渝ICP备05003300号 浏览次数：1268</div></body></html>")
    return "".join(parts).encode("utf-8")


def _best(function, repeat: int) -> tuple[float, object]:
    best, value = float("inf"), None
    for _ in range(max(1, repeat)):
        began = time.perf_counter()
        value = function()
        best = min(best, time.perf_counter() - began)
    return best, value


def measure(paragraphs: list[str], pdf_pages: int = 40, html_mb: float = 4.0, repeat: int = 3) -> dict:
    """Reader alone and whole extraction, for a PDF of `pdf_pages` pages and a page of `html_mb` MB."""
    from .document import extract_document
    from .readers import read_document

    pdf = make_pdf(paragraphs, pdf_pages)
    page = make_html(paragraphs, html_mb)
    read_s, _ = _best(lambda: read_document(pdf, "bench.pdf"), repeat)
    whole_s, (_row, facts) = _best(lambda: extract_document(pdf, "bench", "bench.pdf"), repeat)
    html_read_s, _ = _best(lambda: read_document(page, "bench.html"), repeat)
    html_whole_s, (_row, html_facts) = _best(lambda: extract_document(page, "bench", "bench.html"), repeat)
    megabytes = len(page) / 1e6
    return {"pdf": {"pages": pdf_pages, "bytes": len(pdf), "facts": len(facts),
                    "reader_pages_per_s": pdf_pages / read_s, "pages_per_s": pdf_pages / whole_s},
            "html": {"mb": megabytes, "facts": len(html_facts),
                     "reader_mb_per_s": megabytes / html_read_s, "mb_per_s": megabytes / html_whole_s}}


def report(result: dict) -> None:
    pdf, page = result["pdf"], result["html"]
    print(f"\nformats (one process, wall clock, best of its repeats):")
    print(f"  PDF, {pdf['pages']} pages:      reader {pdf['reader_pages_per_s']:7.1f} pages/s   "
          f"extract_document {pdf['pages_per_s']:7.1f} pages/s   ({pdf['facts']} facts)")
    print(f"  HTML, {page['mb']:.1f} MB page:  reader {page['reader_mb_per_s']:7.2f} MB/s      "
          f"extract_document {page['mb_per_s']:7.2f} MB/s      ({page['facts']} facts)")


def sample_paragraphs() -> list[str]:
    """Paragraphs of the shipped sample and, when present, of the 29 reports."""
    from .clean import clean_text

    from .bench import REPORTS, ROOT

    files = sorted(REPORTS.glob("*.txt"))[:5] or sorted((ROOT / "data" / "raw").glob("*.txt"))
    return [line for path in files for line in clean_text(path.read_text(encoding="utf-8")).split("\n") if len(line) > 20]


def main() -> int:
    report(measure(sample_paragraphs()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
