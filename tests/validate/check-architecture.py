#!/usr/bin/env python3
"""The layers of DESIGN.md §2, as the source files show them.

Usage: check-architecture.py SOURCE_ROOT LIST_ENUMS VENDORBENCH_CLI

  1. core, charts and docs include no GTK or libadwaita header;
  2. the views (src/gui) include no internal header of core
     (src/core/private/*.h) and no sqlite3.h, and call no generic row
     accessor (vb_record_get_text and its kin live in core's private
     headers);
  3. the views spell out no enumeration word: no string literal in src/gui
     equals a nick of a GEnum of core (read from the program: LIST_ENUMS
     prints them), except where the literal is a GObject property name
     passed to a function that takes one (g_object_bind_property, the field
     constructors, …) — property names are the GObject convention;
  4. no widget name in src/gui or ui/ is a column name (read from
     `vendorbench-cli describe-schema`): a widget is named for what it does;
  5. no source file in src/ is longer than MAX_LINES lines;
  6. toasts go through the window's toast queue (vb-gui-util.c): nothing
     else in src/gui calls adw_toast_overlay_add_toast (libadwaita 1.2
     crashes when toasts follow one another too fast).
Prints every violation with its file and line; exit 1 if there is one.
"""
import json
import re
import subprocess
import sys
from pathlib import Path

MAX_LINES = 900

# Functions whose string arguments are GObject property names (or a
# record's property a field edits), not enumeration words
PROPERTY_FUNCTIONS = {
    'g_object_bind_property', 'g_object_bind_property_full', 'g_object_get', 'g_object_set',
    'g_object_notify', 'g_object_class_find_property', 'g_signal_connect', 'g_signal_connect_object',
    'g_signal_connect_swapped', 'g_settings_bind',
    'vb_field_entry_row_new', 'vb_field_text_area_new', 'vb_field_switch_row_new', 'vb_field_bind',
    'vb_field_find', 'vb_field_set_property_name', 'vb_choice_row_new', 'vb_set_row_new',
    'vb_days_editor_new', 'vb_vendor_editor_focus_field', 'vb_task_editor_focus_field',
    'open_objective', 'open_task', 'open_vendor', 'vb_record_set_property_value',
    # style classes are GTK's own words ("warning", "error"), not stored ones
    'gtk_widget_add_css_class', 'gtk_widget_remove_css_class', 'gtk_widget_has_css_class',
}

STRING = re.compile(r'"((?:[^"\\\n]|\\.)*)"')
INCLUDE = re.compile(r'^\s*#\s*include\s*[<"]([^>"]+)[>"]', re.M)
CALL = re.compile(r'([A-Za-z_][A-Za-z0-9_]*)\s*$')


def strip_comments(text):
    """Comments become spaces (newlines kept), so that line numbers hold"""
    def blank(m):
        return re.sub(r'[^\n]', ' ', m.group(0))
    return re.sub(r'/\*.*?\*/|//[^\n]*', blank, text, flags=re.S)


def enclosing_call(text, pos):
    """The name of the innermost call whose parentheses hold pos, or None"""
    depth = 0
    i = pos - 1
    while i >= 0:
        c = text[i]
        if c == ')':
            depth += 1
        elif c == '(':
            if depth == 0:
                m = CALL.search(text[max(0, i - 80):i])
                return m.group(1) if m else None
            depth -= 1
        elif c in ';{}':
            return None
        i -= 1
    return None


def line_of(text, pos):
    return text.count('\n', 0, pos) + 1


def main():
    root = Path(sys.argv[1])
    list_enums = sys.argv[2]
    cli = sys.argv[3]
    problems = []

    nicks = {}
    out = subprocess.run([list_enums], check=True, capture_output=True, text=True).stdout
    for line in out.splitlines():
        type_name, nick = line.split('\t')
        if nick:
            nicks.setdefault(nick, type_name)
    if len(nicks) < 50:
        problems.append(f'{list_enums} printed only {len(nicks)} enumeration words')

    schema = json.loads(subprocess.run([cli, 'describe-schema'], check=True, capture_output=True,
                                       text=True).stdout)
    columns = set()
    for table in schema['tables']:
        for column in table['columns']:
            columns.add(column['name'])
            columns.add(column['name'].replace('_', '-'))
    if len(columns) < 50:
        problems.append(f'describe-schema lists only {len(columns)} columns')

    private = {p.name for p in (root / 'src' / 'core' / 'private').glob('*.h')}
    if not private:
        problems.append('src/core/private holds no header')

    # 1. core, charts and docs: no GTK
    for layer in ('core', 'charts', 'docs'):
        layer_files = sorted((root / 'src' / layer).rglob('*.[ch]'))
        if not layer_files:
            problems.append(f'no source file found in src/{layer}')
        for path in layer_files:
            text = strip_comments(path.read_text(encoding='utf-8'))
            for m in INCLUDE.finditer(text):
                name = m.group(1)
                if name.startswith(('gtk/', 'gdk/', 'adwaita', 'libadwaita')):
                    problems.append(f'{path.relative_to(root)}:{line_of(text, m.start())}: '
                                    f'{layer} includes {name}')

    gui_files = sorted((root / 'src' / 'gui').rglob('*.[ch]'))
    if len(gui_files) < 10:
        problems.append(f'only {len(gui_files)} files found in src/gui')
    for path in gui_files:
        rel = path.relative_to(root)
        text = strip_comments(path.read_text(encoding='utf-8'))
        # 2. no internal header, no SQL, no generic row access
        for m in INCLUDE.finditer(text):
            name = m.group(1)
            if Path(name).name in private:
                problems.append(f'{rel}:{line_of(text, m.start())}: the view includes core\'s internal {name}')
            if name == 'sqlite3.h':
                problems.append(f'{rel}:{line_of(text, m.start())}: the view includes sqlite3.h')
        for m in re.finditer(r'\b(vb_record_(?:get|set)_(?:text|int|double|bool|value)\w*|sqlite3_\w+|vb_sql_\w+)\s*\(', text):
            problems.append(f'{rel}:{line_of(text, m.start())}: the view calls {m.group(1)}')
        # 3. no enumeration word
        for m in STRING.finditer(text):
            literal = m.group(1)
            if literal not in nicks:
                continue
            call = enclosing_call(text, m.start())
            if call in PROPERTY_FUNCTIONS:
                continue
            problems.append(f'{rel}:{line_of(text, m.start())}: "{literal}" is a word of {nicks[literal]}: '
                            'use the enumeration, not its stored word')
        # 6. toasts through the queue
        if path.name != 'vb-gui-util.c':
            for m in re.finditer(r'\badw_toast_overlay_add_toast\s*\(', text):
                problems.append(f'{rel}:{line_of(text, m.start())}: a toast added past the queue: '
                                'use vb_toast_overlay_add')
        # 4. widget names
        for m in re.finditer(r'gtk_widget_set_name\s*\([^,]+,\s*"([^"]*)"', text):
            if m.group(1) in columns:
                problems.append(f'{rel}:{line_of(text, m.start())}: widget named "{m.group(1)}" like a column')

    for path in sorted((root / 'ui').rglob('*.ui')):
        text = path.read_text(encoding='utf-8')
        for m in re.finditer(r'<property name="name">([^<]*)</property>', text):
            if m.group(1) in columns:
                problems.append(f'{path.relative_to(root)}:{line_of(text, m.start())}: '
                                f'widget named "{m.group(1)}" like a column')

    # 5. file size
    for path in sorted((root / 'src').rglob('*.[ch]')):
        n = path.read_text(encoding='utf-8').count('\n')
        if n > MAX_LINES:
            problems.append(f'{path.relative_to(root)}: {n} lines (at most {MAX_LINES}: split it by concern)')

    for p in problems:
        print(p)
    print(f'{len(gui_files)} view files, {len(nicks)} enumeration words, {len(columns)} column names checked; '
          f'{len(problems)} problems')
    return 1 if problems else 0


if __name__ == '__main__':
    sys.exit(main())
