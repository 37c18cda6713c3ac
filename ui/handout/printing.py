"""Handout layout: the composed HTML paged with QTextDocument, header, footers and QR, painted to PDF or a printer."""

from __future__ import annotations

import html
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QRectF, QSize, QSizeF, Qt, QUrl
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontDatabase,
    QFontMetricsF,
    QImage,
    QImageReader,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPen,
    QTextBlock,
    QTextBlockFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextTable,
    QTextTableCell,
)

from reader import atomic
from reader.articles import Library
from reader.handout import (
    LOGO_RESOURCE,
    PART_ANCHOR,
    QR_RESOURCE,
    SOURCES_ANCHOR,
    Handout,
    PageOptions,
    PrintJob,
    compose,
    fit_within,
    sources_block,
)
from reader.resources import resource_path

PAGE_BLEED = 4.0  # layout units kept free at the top and bottom of every page's text area
LAYOUT_DPI = 96.0  # the document is laid out in 1/96 inch units and scaled to each device's resolution
_MM = LAYOUT_DPI / 25.4
_FONT_FILES = ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSans-Oblique.ttf", "DejaVuSerif.ttf",
               "DejaVuSerif-Bold.ttf", "DejaVuSerif-Italic.ttf")
_loaded_fonts: list[str] | None = None
_PAGE_SIZES = {"A4": QPageSize.PageSizeId.A4, "Letter": QPageSize.PageSizeId.Letter}


def load_fonts() -> list[str]:
    """Register the bundled DejaVu fonts once, so PDFs never depend on the system's fonts; returns the families."""
    global _loaded_fonts
    if _loaded_fonts is None:
        families: set[str] = set()
        for name in _FONT_FILES:
            font_id = QFontDatabase.addApplicationFont(str(resource_path(f"fonts/{name}")))
            if font_id >= 0:
                families.update(QFontDatabase.applicationFontFamilies(font_id))
        _loaded_fonts = sorted(families)
    return _loaded_fonts


def page_size(paper: str) -> QPageSize:
    """A4 or Letter."""
    return QPageSize(_PAGE_SIZES.get(paper, QPageSize.PageSizeId.A4))


def read_logo(path: str, scale: int = 3) -> QImage | None:
    """The clinic logo (PNG, JPEG or SVG) at `scale` times its printed size, or None when it cannot be read."""
    if not path:
        return None
    reader = QImageReader(path)
    reader.setAutoTransform(True)
    natural = reader.size()
    if not natural.isValid() or natural.isEmpty():
        image = reader.read()
        if image.isNull():
            return None
        natural = image.size()
        reader = QImageReader(path)
    width, height = fit_within((natural.width(), natural.height()))
    target = QSize(width * scale, height * scale)
    if target.width() < natural.width() or reader.format().data() == b"svg":
        reader.setScaledSize(target)
    image = reader.read()
    return None if image.isNull() else image


def _font(family: str, points: float) -> QFont:
    font = QFont(family)
    font.setPointSizeF(points)
    # Plain letters, not ﬁ/ﬂ ligature glyphs, so searching and copying from the PDF finds "fleste".
    font.setFeature(QFont.Tag("liga"), 0)
    font.setFeature(QFont.Tag("clig"), 0)
    return font


def _layout_device() -> QImage:
    image = QImage(1, 1, QImage.Format.Format_RGB32)
    dots_per_metre = round(LAYOUT_DPI / 0.0254)
    image.setDotsPerMeterX(dots_per_metre)
    image.setDotsPerMeterY(dots_per_metre)
    return image


@dataclass(frozen=True)
class _Geometry:
    paper_w: float
    paper_h: float
    left: float
    top: float
    width: float
    height: float  # of the text area on each page, in layout units
    footer_top: float


class HandoutLayout:
    """A composed handout laid out into pages; paint() draws it on any paged device (PDF, printer, preview)."""

    def __init__(self, job: PrintJob, logo: QImage | None = None) -> None:
        load_fonts()
        self.job = job
        self.warnings: list[str] = []
        self._device = _layout_device()
        self.geometry = self._geometry(job.page)
        self._logo = logo
        self.sources_page: int | None = None  # the page with the full list of sources, when the footers cannot hold them
        self.sources_last_page: int | None = None  # the page the list ends on (the same page when it is whole)
        self._lay_out(job.html)
        if any(self._footer_overflows(page) for page in range(self.page_count)):
            self._lay_out(job.html.replace("</body>", sources_block(job.sources) + "</body>"))
            self.sources_page = self._anchor_page(SOURCES_ANCHOR)
            self.sources_last_page = self._last_text_page()

    def _lay_out(self, markup: str) -> None:
        """Lay markup out into pages: headings kept with their text, rows whole, the QR code never alone."""
        job = self.job
        self.document = QTextDocument()
        self.document.documentLayout().setPaintDevice(self._device)
        # A little room at each page's top and bottom: accents above a page's first line stay on that page.
        self.document.setDocumentMargin(PAGE_BLEED)
        self.document.setDefaultFont(_font(job.page.body_family, job.page.base_pt))
        self.document.setDefaultStyleSheet(job.css)
        if self._logo is not None:
            self.document.addResource(QTextDocument.ResourceType.ImageResource, QUrl(LOGO_RESOURCE), self._logo)
        for name, data in job.images.items():
            self.document.addResource(QTextDocument.ResourceType.ImageResource, QUrl(name), QImage.fromData(data))
        self.document.setHtml(markup)
        self.document.setPageSize(QSizeF(self.geometry.width + 2 * PAGE_BLEED, self.geometry.height))
        height = self.geometry.height
        self.moved_headings, self.moved_rows, self.moved_lines = _settle(self.document, height)
        self.moved_qr = _keep_qr_with_text(self.document, height)
        self.split_blocks = _split_blocks_at_page_ends(self.document, self.geometry.height)
        self.page_count = max(1, self.document.pageCount())
        self.page_sources = self._page_sources()

    def _anchor_page(self, anchor: str) -> int | None:
        """The page a named anchor is on."""
        layout = self.document.documentLayout()
        block = self.document.begin()
        while block.isValid():
            if anchor in _anchor_names(block):
                return int(layout.blockBoundingRect(block).top() // self.geometry.height)
            block = block.next()
        return None

    def _last_text_page(self) -> int:
        """The page the document's last line of text is on."""
        block = self.document.lastBlock()
        while block.isValid() and not block.text().strip():
            block = block.previous()
        if not block.isValid():
            return 0
        return int((self.document.documentLayout().blockBoundingRect(block).bottom() - 0.5) // self.geometry.height)

    def _footer_metrics(self) -> QFontMetricsF:
        return QFontMetricsF(_font(self.job.page.heading_family, self.job.page.footer_pt), self._device)

    def _footer_overflows(self, page: int) -> bool:
        """Whether the page's source line is too long for its place in the footer."""
        return self._footer_metrics().horizontalAdvance(self.footer_left(page)) > self.geometry.width * 0.78

    @staticmethod
    def _geometry(page: PageOptions) -> _Geometry:
        size = page_size(page.paper).size(QPageSize.Unit.Millimeter)
        left, top, right, bottom = page.margins_mm
        paper_w, paper_h = size.width() * _MM, size.height() * _MM
        width = paper_w - (left + right) * _MM
        footer_top = paper_h - (bottom + page.footer_mm) * _MM
        height = footer_top - top * _MM - 4 * _MM
        return _Geometry(paper_w, paper_h, left * _MM, top * _MM, width, height, footer_top)

    def _page_sources(self) -> list[list[int]]:
        """For each page, the indices of job.sources whose text is on it (the letterhead counts as the first's)."""
        layout = self.document.documentLayout()
        height = self.geometry.height
        found: list[set[int]] = [set() for _ in range(self.page_count)]
        current = 0
        block = self.document.begin()
        while block.isValid():
            anchors = _part_anchors(block)
            if anchors:
                current = anchors[0]
            if SOURCES_ANCHOR in _anchor_names(block):
                current = -1  # the list of sources at the end is no article's text
            if block.text().strip() and current >= 0:
                rect = layout.blockBoundingRect(block)
                first, last = int(rect.top() // height), int((rect.bottom() - 0.5) // height)
                for page in range(max(0, first), min(self.page_count - 1, last) + 1):
                    found[page].add(current)
            block = block.next()
        return [sorted(indices) for indices in found]

    def footer_left(self, page: int) -> str:
        """The source line for one page: the articles whose text is on it."""
        sources = [self.job.sources[i] for i in self.page_sources[page] if i < len(self.job.sources)]
        return "   ·   ".join(source.footer_text() for source in sources)

    def footer_source_text(self, page: int) -> str:
        """What the footer says about sources: the articles on the page, or "Kilder: se side N" when they do not fit."""
        if self.sources_page is not None and self._footer_overflows(page):
            first, last = self.sources_page + 1, max(self.sources_page, self.sources_last_page or 0) + 1
            return f"Kilder: se side {first}" if first == last else f"Kilder: se side {first}–{last}"
        return self.footer_left(page)

    def paint(self, device: QPagedPaintDevice) -> None:
        """Every page, with footers, on device (set up by prepare_device)."""
        painter = QPainter(device)
        if not painter.isActive():
            raise OSError("Der kunne ikke tegnes på printeren eller i filen.")
        try:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
            painter.scale(device.logicalDpiX() / LAYOUT_DPI, device.logicalDpiY() / LAYOUT_DPI)
            for page in range(self.page_count):
                if page and not device.newPage():
                    raise OSError("Der kunne ikke startes en ny side.")
                self._paint_page(painter, page)
        finally:
            painter.end()

    def _paint_page(self, painter: QPainter, page: int) -> None:
        g = self.geometry
        painter.save()
        painter.translate(g.left - PAGE_BLEED, g.top - PAGE_BLEED - page * g.height)
        self.document.drawContents(painter, QRectF(0, page * g.height, g.width + 2 * PAGE_BLEED, g.height))
        painter.restore()
        painter.save()
        painter.translate(g.left, g.footer_top)
        painter.setPen(QPen(QColor("#b8c4cc"), 0.8))
        painter.drawLine(0, 0, round(g.width), 0)
        footer = self._footer_document(page)
        painter.translate(0, 2.5 * _MM)
        footer.drawContents(painter, QRectF(0, 0, g.width, footer.size().height()))
        painter.restore()
        if page and self.job.running_head:
            self._paint_running_head(painter)

    def _paint_running_head(self, painter: QPainter) -> None:
        """The patient's name and the date, small and grey, above the text of pages 2 and on (right-aligned)."""
        g = self.geometry
        doc = QTextDocument()
        doc.documentLayout().setPaintDevice(self._device)
        doc.setDocumentMargin(0)
        doc.setDefaultFont(_font(self.job.page.heading_family, self.job.page.running_pt))
        doc.setTextWidth(g.width)
        metrics = QFontMetricsF(doc.defaultFont(), self._device)
        text = metrics.elidedText(self.job.running_head, Qt.TextElideMode.ElideMiddle, g.width)
        doc.setHtml(f'<p align="right" style="color:#5b6470; margin:0;">{html.escape(text)}</p>')
        painter.save()
        painter.translate(g.left, g.top - 2.5 * _MM - doc.size().height())
        doc.drawContents(painter, QRectF(0, 0, g.width, doc.size().height()))
        painter.restore()

    def _footer_document(self, page: int) -> QTextDocument:
        options = self.job.page
        doc = QTextDocument()
        doc.documentLayout().setPaintDevice(self._device)
        doc.setDocumentMargin(0)
        doc.setDefaultFont(_font(options.heading_family, options.footer_pt))
        doc.setTextWidth(self.geometry.width)
        e = html.escape
        metrics = QFontMetricsF(doc.defaultFont(), self._device)
        # One line: a list too long for it points at the full list at the end ("Kilder: se side 4").
        source = e(metrics.elidedText(self.footer_source_text(page), Qt.TextElideMode.ElideRight, self.geometry.width * 0.78))
        side = f"Side {page + 1} af {self.page_count}"
        doc.setHtml(
            f'<table width="100%" cellspacing="0" cellpadding="0" style="color:#5b6470;">'
            f'<tr><td>{source}</td><td align="right" style="white-space:nowrap;">'
            f'<b style="color:#1f2328;">{e(side)}</b></td></tr></table>'
            + self._disclaimer_rows(metrics)
        )
        return doc

    def _disclaimer_rows(self, metrics: QFontMetricsF) -> str:
        """The disclaimer and the clinic's name: side by side when they fit on one line (large print: one under the other)."""
        e = html.escape
        options = self.job.page
        table = '<table width="100%" cellspacing="0" cellpadding="0" style="color:#5b6470; margin-top:2px;">'
        needed = metrics.horizontalAdvance(options.disclaimer) * 1.05 + metrics.horizontalAdvance(options.clinic_line) + 24
        if needed <= self.geometry.width or not options.clinic_line:
            return (f'{table}<tr><td><i>{e(options.disclaimer)}</i></td>'
                    f'<td align="right" style="white-space:nowrap;">{e(options.clinic_line)}</td></tr></table>')
        return (f'{table}<tr><td><i>{e(options.disclaimer)}</i></td></tr>'
                f'<tr><td style="white-space:nowrap;">{e(options.clinic_line)}</td></tr></table>')


def _settle(document: QTextDocument, page_height: float) -> tuple[int, int, int]:
    """Apply the page-end rules from the top down: always the topmost fault first, so a page break is only ever
    decided when everything above it is final (a move pushes what follows down, which a break decided earlier
    would turn into a near-empty page). Returns the moved headings, rows, and paragraphs (with the sources list).
    """
    rules = (_keep_headings_with_next, _keep_table_rows_whole, _keep_lines_together, _keep_sources_together)
    counts = [0] * len(rules)
    for _ in range(400):  # each fix moves one thing down for good; the bound only guards against a rule that loops
        faults = [(position, index) for index, rule in enumerate(rules)
                  if (position := rule(document, page_height, False)) is not None]
        if not faults:
            break
        _, index = min(faults)
        rules[index](document, page_height, True)
        counts[index] += 1
    return counts[0], counts[1], counts[2] + counts[3]


def _keep_table_rows_whole(document: QTextDocument, page_height: float, apply: bool = True) -> int | None:
    """The first table row that a page end would cut, pushed onto the next page (by padding its cells) if apply.

    Returns the row's position, or None when no row needs it.
    """
    layout = document.documentLayout()
    block = document.begin()
    while block.isValid():
        cursor = QTextCursor(block)
        table = cursor.currentTable()
        cell = table.cellAt(cursor) if table is not None else None
        if table is None or cell is None or not cell.isValid() or cell.row() < table.format().headerRowCount():
            block = block.next()
            continue
        row = cell.row()
        cells = [table.cellAt(row, column) for column in range(table.columns())]
        tops = [layout.blockBoundingRect(c.firstCursorPosition().block()).top() for c in cells if c.isValid()]
        bottoms = [layout.blockBoundingRect(c.lastCursorPosition().block()).bottom() for c in cells if c.isValid()]
        top, bottom = min(tops), max(bottoms)
        page = int(top // page_height)
        boundary = (page + 1) * page_height
        first_row = row == table.format().headerRowCount()
        table_top = layout.frameBoundingRect(table).top()
        if bottom - 0.5 > boundary and first_row and table_top - page * page_height > page_height * 0.05:
            if not apply:
                return table.firstPosition()
            fmt = table.format()  # the row is the table's first: move the whole table (a callout stays one box)
            fmt.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
            table.setFormat(fmt)
            document.markContentsDirty(table.firstPosition(), document.characterCount() - table.firstPosition())
            return table.firstPosition()
        if bottom - 0.5 > boundary and bottom - top < page_height * 0.5:
            start = cells[0].firstCursorPosition().position()
            if not apply:
                return start
            # Top padding that no longer fits makes Qt start the row on the next page (its top stays padded:
            # a little air under the repeated header row is the price of an uncut row).
            for c in cells:
                cell_format = c.format().toTableCellFormat()
                cell_format.setTopPadding(_top_padding(table, c) + boundary - top + 2)
                c.setFormat(cell_format)
            document.markContentsDirty(start, document.characterCount() - start)
            return start
        last = cells[-1].lastCursorPosition().block()
        block = last.next()
    return None


def _split_blocks_at_page_ends(document: QTextDocument, page_height: float) -> int:
    """Split every paragraph that runs over a page end into two blocks at that line; returns how many.

    Each page is drawn with the whole document clipped to it, and Qt draws one line above the clip rectangle of a
    block that is partly on the page: invisible, but the PDF's text layer (search, copy, screen readers) then has
    the previous page's last line twice. With no block across a page end, every line is drawn on one page only.
    """
    layout = document.documentLayout()
    split = 0
    for _ in range(3):  # the parts lie where the lines lay, so a second look normally finds nothing
        cuts: list[tuple[int, int]] = []  # (block position, position of its first line on the next page)
        block = document.begin()
        while block.isValid():
            rect = layout.blockBoundingRect(block)  # lays the block out, so its lines exist
            text_layout = block.layout()
            for index in range(1, text_layout.lineCount()):
                above, line = text_layout.lineAt(index - 1), text_layout.lineAt(index)
                if int((rect.top() + line.y()) // page_height) > int((rect.top() + above.y()) // page_height):
                    cuts.append((block.position(), block.position() + line.textStart()))
            block = block.next()
        if not cuts:
            break
        edit = QTextCursor(document)
        edit.beginEditBlock()  # one relayout for all the cuts
        for block_position, position in reversed(cuts):  # from the end, so the positions before stay right
            block = document.findBlock(block_position)
            text_list = block.textList()
            cursor = QTextCursor(block)
            first = block.blockFormat()
            rest = QTextBlockFormat(first)
            rest.setTopMargin(0)  # the second part goes on as the same paragraph: no space above, no first-line indent
            rest.setTextIndent(0)
            rest.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_Auto)
            first.setBottomMargin(0)  # the paragraph's space below belongs to its last part
            cursor.setBlockFormat(first)
            cursor.setPosition(position)
            cursor.insertBlock(rest)
            if text_list is not None:
                text_list.remove(cursor.block())  # a continued list item, not a new bullet (Qt keeps the indent)
        edit.endEditBlock()
        split += len(cuts)
    return split


def _top_padding(table: QTextTable, cell: QTextTableCell) -> float:
    fmt = cell.format().toTableCellFormat()
    return fmt.topPadding() if fmt.hasProperty(QTextFormat.Property.TableCellTopPadding) else table.format().cellPadding()


def _anchor_names(block: QTextBlock) -> list[str]:
    names: list[str] = []
    iterator = block.begin()
    while not iterator.atEnd():
        names.extend(iterator.fragment().charFormat().anchorNames())
        iterator += 1
    return names


def _part_anchors(block: QTextBlock) -> list[int]:
    prefix = PART_ANCHOR.format("")
    return [int(name[len(prefix):]) for name in _anchor_names(block)
            if name.startswith(prefix) and name[len(prefix):].isdigit()]


def _qr_tables(document: QTextDocument) -> list[QTextTable]:
    """The QR blocks: tables whose first cell holds a QR image."""
    found: list[QTextTable] = []
    prefix = QR_RESOURCE.format("")
    block = document.begin()
    while block.isValid():
        iterator = block.begin()
        while not iterator.atEnd():
            fmt = iterator.fragment().charFormat()
            if fmt.isImageFormat() and fmt.toImageFormat().name().startswith(prefix):
                table = QTextCursor(block).currentTable()
                if table is not None and table not in found:
                    found.append(table)
            iterator += 1
        block = block.next()
    return found


def _keep_qr_with_text(document: QTextDocument, page_height: float) -> int:
    """A QR block that would open a page alone (or with one stray line) takes the last block(s) before it along.

    The last two lines of a paragraph, a short paragraph with its heading, or a whole box (a red-flag callout)
    with the heading above it, when that and the QR block fit on one page. Returns how many QR blocks were kept.
    """
    layout = document.documentLayout()
    moved = 0
    for table in _qr_tables(document):
        qr_rect = layout.frameBoundingRect(table)
        page = int(qr_rect.top() // page_height)
        previous = document.findBlock(table.firstPosition()).previous()
        while previous.isValid() and not previous.text().strip():
            previous = previous.previous()
        if not previous.isValid() or page == 0:
            continue
        box = QTextCursor(previous).currentTable()
        if box is not None:  # a box before the QR block: it goes along whole, with its heading, if they fit
            if int(layout.frameBoundingRect(box).top() // page_height) >= page:
                continue
            box_block = document.findBlock(box.firstPosition())
            start = _chain_start(box_block)
            if qr_rect.bottom() - _top(document, start) > page_height * 0.95:
                continue
            _break_before(start, then=box_block)
        else:
            rect = layout.blockBoundingRect(previous)
            pages = _line_pages(previous, rect.top(), page_height)
            count = len(pages)
            if pages.count(page) >= min(2, count):
                continue
            if count <= 3:  # a short paragraph goes along whole (with its heading: never a heading alone)
                _break_before(_chain_start(previous), then=previous)
            else:  # the paragraph's last two lines open the page, the rest stays where it was
                _split_at_line(previous, count - 2)
        table_format = table.format()  # a break before the QR block (a row kept whole) would part them again
        table_format.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_Auto)
        table.setFormat(table_format)
        moved += 1
        document.markContentsDirty(0, document.characterCount())
    return moved


def _line_pages(block: QTextBlock, top: float, page_height: float) -> list[int]:
    """The page each line of a (laid out) block is on."""
    text_layout = block.layout()
    return [int((top + text_layout.lineAt(n).y()) // page_height) for n in range(text_layout.lineCount())]


def _top(document: QTextDocument, block: QTextBlock) -> float:
    """Where a block, or the table it opens, starts."""
    layout = document.documentLayout()
    table = QTextCursor(block).currentTable()
    if table is not None and table.firstPosition() == block.position():
        return float(layout.frameBoundingRect(table).top())
    return float(layout.blockBoundingRect(block).top())


def _chain_start(block: QTextBlock) -> QTextBlock:
    """The first of the headings (and "Opdateret" line) right above block that must go with it to a new page."""
    start = block
    table = QTextCursor(block).currentTable()
    previous = _block_before(block if table is None else block.document().findBlock(table.firstPosition()))
    while previous.isValid() and (not previous.text().strip() or _is_keep(previous)):
        if previous.text().strip():
            outer = QTextCursor(previous).currentTable()
            if outer is not None:  # a heading inside a box: the box goes whole
                previous = outer.document().findBlock(outer.firstPosition())
            start = previous
        previous = _block_before(previous)
    return start


def _block_before(block: QTextBlock) -> QTextBlock:
    """The block before block, or before the table block opens (an invalid block at the start)."""
    table = QTextCursor(block).currentTable()
    if table is not None and table.firstPosition() == block.position():
        return block.document().findBlock(table.firstPosition()).previous()
    return block.previous()


def _break_before(block: QTextBlock, then: QTextBlock | None = None) -> None:
    """Start a new page at block (or at the table it opens), with no space above it.

    then: the block (or box) that the move is for, below block: a break of its own would part them again.
    """
    if then is not None and then.position() != block.position():
        _clear_break(then)
    cursor = QTextCursor(block)
    table = cursor.currentTable()
    if table is not None:
        fmt = table.format()
        fmt.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
        table.setFormat(fmt)
    else:
        block_format = block.blockFormat()
        block_format.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
        block_format.setTopMargin(0)
        cursor.setBlockFormat(block_format)
    document = block.document()
    document.markContentsDirty(block.position(), document.characterCount() - block.position())


def _clear_break(block: QTextBlock) -> None:
    """No forced page break before block, or before the table it opens."""
    cursor = QTextCursor(block)
    table = cursor.currentTable()
    if table is not None and table.firstPosition() == block.position():
        fmt = table.format()
        fmt.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_Auto)
        table.setFormat(fmt)
    elif table is None and block.blockFormat().pageBreakPolicy() != QTextFormat.PageBreakFlag.PageBreak_Auto:
        block_format = block.blockFormat()
        block_format.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_Auto)
        cursor.setBlockFormat(block_format)


def _split_at_line(block: QTextBlock, line: int) -> None:
    """Split a paragraph before its line `line`; the second part opens a new page and goes on the same paragraph."""
    text_list = block.textList()
    position = block.position() + block.layout().lineAt(line).textStart()
    cursor = QTextCursor(block)
    rest = QTextBlockFormat(block.blockFormat())
    rest.setTopMargin(0)
    rest.setTextIndent(0)
    rest.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
    first = block.blockFormat()
    first.setBottomMargin(0)
    cursor.setBlockFormat(first)
    cursor.setPosition(position)
    cursor.insertBlock(rest)
    if text_list is not None:
        text_list.remove(cursor.block())  # a continued list item, not a new bullet
    document = block.document()
    document.markContentsDirty(block.position(), document.characterCount() - block.position())


def _keep_lines_together(document: QTextDocument, page_height: float, apply: bool = True) -> int | None:
    """No widows or orphans: a paragraph broken by a page end leaves two lines at least on each side.

    One line left at the bottom: the paragraph starts on the next page; one line carried over: one more line goes
    with it (a three-line paragraph goes whole). Paragraphs in tables are the rows' business. Fixes the first such
    paragraph if apply; returns its position, or None.
    """
    layout = document.documentLayout()
    block = document.begin()
    while block.isValid():
        if not block.text().strip() or QTextCursor(block).currentTable() is not None:
            block = block.next()
            continue
        rect = layout.blockBoundingRect(block)
        pages = _line_pages(block, rect.top(), page_height)
        count = len(pages)
        before = pages.count(pages[0]) if pages else 0
        after = count - before if count else 0
        if count < 2 or len(set(pages)) != 2 or (before >= 2 and after >= 2):
            block = block.next()
            continue
        if before == 1 or before - (2 - after) < 2:
            start = _chain_start(block)
            start_top = _top(document, start)
            if start_top - int(start_top // page_height) * page_height < page_height * 0.05:
                block = block.next()  # it already opens a page: moving it would only leave a blank one
                continue
            if apply:
                _break_before(start, then=block)
        elif apply:
            _split_at_line(block, before - (2 - after))
        return block.position()
    return None


def _keep_sources_together(document: QTextDocument, page_height: float, apply: bool = True) -> int | None:
    """The list of sources at the end goes to a new page whole when a page end would cut it (if it fits on one)."""
    layout = document.documentLayout()
    heading = document.begin()
    while heading.isValid() and SOURCES_ANCHOR not in _anchor_names(heading):
        heading = heading.next()
    if not heading.isValid():
        return None
    top = layout.blockBoundingRect(heading).top()
    page = int(top // page_height)
    if top - page * page_height < page_height * 0.05:
        return None
    entries: list[float] = []  # the bottom of each entry's text
    block = heading.next()
    while block.isValid():
        if block.text().strip():
            entries.append(layout.blockBoundingRect(block).bottom())
        block = block.next()
    if not entries or int((entries[-1] - 0.5) // page_height) == page:
        return None
    fits = entries[-1] - top <= page_height * 0.95
    if fits or int((entries[min(1, len(entries) - 1)] - 0.5) // page_height) > page:
        if apply:
            _break_before(heading)  # whole, or at least the heading with two entries
        return heading.position()
    return None


def _is_keep(block: QTextBlock) -> bool:
    """Headings, and the "Opdateret …" line under an article title, stay with what follows them."""
    if block.blockFormat().headingLevel() > 0:
        return True
    previous = block.previous()
    return previous.isValid() and previous.blockFormat().headingLevel() == 1 and bool(_part_anchors(previous))


def _keep_headings_with_next(document: QTextDocument, page_height: float, apply: bool = True) -> int | None:
    """The first heading that would end a page, pushed onto the next page with two lines after it if apply.

    Returns its position, or None.
    """
    layout = document.documentLayout()
    block = document.begin()
    while block.isValid():
        if not _is_keep(block) or not block.text().strip():
            block = block.next()
            continue
        start = block
        follower = block.next()
        while follower.isValid() and (_is_keep(follower) or not follower.text().strip()):
            follower = follower.next()
        if not follower.isValid():
            break
        top = layout.blockBoundingRect(start).top()
        follower_rect = layout.blockBoundingRect(follower)  # lays the block out, so its lines exist
        text_layout = follower.layout()
        line = text_layout.lineAt(min(1, text_layout.lineCount() - 1))  # the heading keeps two lines with it
        bottom = follower_rect.top() + (line.y() + line.height() if line.isValid() else follower_rect.height())
        page = int(top // page_height)
        near_top = top - page * page_height < page_height * 0.05
        cursor = QTextCursor(start)
        table = cursor.currentTable()
        movable = table is None or table.cellAt(cursor).row() == 0
        if int((bottom - 0.5) // page_height) > page and not near_top and movable:
            if not apply:
                return start.position()
            if table is not None:
                fmt = table.format()
                fmt.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
                table.setFormat(fmt)
            else:
                fmt = start.blockFormat()
                fmt.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
                fmt.setTopMargin(0)  # it now opens a page: no space above it
                cursor.setBlockFormat(fmt)
                _clear_break(follower)  # a box moved on its own would leave the heading alone again
            # Qt's incremental relayout after a format change leaves later blocks unplaced; redo the rest.
            document.markContentsDirty(start.position(), document.characterCount() - start.position())
            return start.position()
        block = follower
    return None


def prepare(handout: Handout, library: Library) -> HandoutLayout:
    """Compose and lay out a handout (reads the clinic logo; raises HandoutError for unknown articles)."""
    logo = read_logo(handout.clinic.logo)
    job = compose(handout, library, logo_size=_natural_size(handout.clinic.logo) if logo is not None else None)
    layout = HandoutLayout(job, logo)
    if handout.clinic.logo and logo is None:
        layout.warnings.append(f"Klinikkens logo kan ikke læses ({handout.clinic.logo}); vejledningen er uden logo.")
    if handout.options.qr and not any(name.startswith(QR_RESOURCE.format("")) for name in job.images):
        layout.warnings.append("Ingen QR-kode: hverken artiklerne (url) eller klinikken (hjemmeside) har en webadresse.")
    return layout


def _natural_size(path: str) -> tuple[int, int] | None:
    reader = QImageReader(path)
    size = reader.size()
    if not size.isValid() or size.isEmpty():
        image = QImage(path)
        size = image.size()
    return (size.width(), size.height()) if size.isValid() and not size.isEmpty() else None


def prepare_device(device: QPagedPaintDevice, paper: str) -> None:
    """Paper size, portrait, and no device margins (the layout keeps its own 18–20 mm)."""
    device.setPageLayout(QPageLayout(page_size(paper), QPageLayout.Orientation.Portrait, QMarginsF(0, 0, 0, 0),
                                     QPageLayout.Unit.Millimeter))


def pdf_bytes(layout: HandoutLayout) -> bytes:
    """The handout as a PDF, in memory."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(600)
    writer.setTitle(layout.job.title)
    writer.setCreator("Patientlæser")
    prepare_device(writer, layout.job.page.paper)
    layout.paint(writer)
    del writer
    buffer.close()
    return bytes(data.data())


def write_pdf(layout: HandoutLayout, path: Path) -> None:
    """Write the PDF atomically: a temp file beside path, then renamed; nothing is left behind on failure."""
    atomic.write_bytes(path, pdf_bytes(layout))
