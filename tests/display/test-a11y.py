#!/usr/bin/env python3
# test-a11y.py — every control has a name, as a screen reader sees it
#
# Copyright 2026 The Vendorbench developers
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Usage: test-a11y.py PATH/TO/vendorbench
#
# Starts its own accessibility bus (at-spi-bus-launcher) on the session bus,
# launches the app with GTK_A11Y removed from its environment so that GTK
# talks to AT-SPI, and walks the tree of the welcome page, the dashboard and
# both stage pages (DESIGN.md §7). It then opens, through AT-SPI alone as a
# screen reader would, what only appears on demand, and walks that too: a
# task's editor (the "click" action of its Edit toggle), the vendor editor
# (selecting a row through the vendor list's Selection interface), a new
# contact row ("Add Contact") and the "Reject …?" dialog with its reason field
# ("Reject…"). A focusable or actionable control with no name, or named only
# by its GTK type ("GtkButton", "GtkImage", …), fails the test, as does a part
# that does not open within a few seconds. Everything it started is stopped at
# the end.
#
# Exit 77 (skip) only when python3-pyatspi is not installed.

import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import warnings

SYSTEM_PYTHON = '/usr/bin/python3'


def have_pyatspi():
    try:
        import gi  # noqa: F401
        gi.require_version('Atspi', '2.0')
        from gi.repository import Atspi  # noqa: F401
        return True
    except (ImportError, ValueError):
        return False


# pyatspi is a Debian package: when meson found another python3 (pyenv,
# a venv), run again with the system one.
if not have_pyatspi():
    if (os.path.exists(SYSTEM_PYTHON) and os.path.realpath(sys.executable) != os.path.realpath(SYSTEM_PYTHON)
            and not os.environ.get('VB_A11Y_REEXEC')):
        os.environ['VB_A11Y_REEXEC'] = '1'
        os.execv(SYSTEM_PYTHON, [SYSTEM_PYTHON] + sys.argv)
    print('SKIP: python3-pyatspi (gi Atspi 2.0) is not installed; '
          'install python3-pyatspi and at-spi2-core to run this test')
    sys.exit(77)

# Without a session bus, run again inside one.
if not os.environ.get('DBUS_SESSION_BUS_ADDRESS'):
    if shutil.which('dbus-run-session') and not os.environ.get('VB_A11Y_DBUS'):
        os.environ['VB_A11Y_DBUS'] = '1'
        os.execvp('dbus-run-session', ['dbus-run-session', '--', sys.executable] + sys.argv)
    print('FAIL: no D-Bus session bus and no dbus-run-session')
    sys.exit(1)

CHECKED_ROLES = {
    'push button', 'toggle button', 'check box', 'radio button', 'combo box',
    'text', 'entry', 'password text', 'list item', 'menu item', 'check menu item',
    'radio menu item', 'link', 'spin button', 'switch', 'slider', 'page tab',
    'table row', 'tree item',
}
TYPE_NAME = re.compile(r'^(Gtk|Adw|Vb)[A-Z][A-Za-z]*$')
MAX_NODES = 6000

started = []      # (Popen, own process group)
failures = []


def start(cmd, env=None):
    proc = subprocess.Popen(cmd, env=env, stdin=subprocess.DEVNULL,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                            start_new_session=True)
    started.append(proc)
    return proc


def stop(proc):
    if proc.poll() is not None:
        return
    try:
        os.killpg(proc.pid, signal.SIGTERM)
    except ProcessLookupError:
        return
    try:
        proc.wait(timeout=5)
    except subprocess.TimeoutExpired:
        try:
            os.killpg(proc.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        proc.wait()


def stop_all():
    for proc in reversed(started):
        stop(proc)
        # the bus launcher's children (dbus-daemon, registryd) share its group
        try:
            os.killpg(proc.pid, signal.SIGKILL)
        except (ProcessLookupError, PermissionError):
            pass


def find_launcher():
    for path in ('/usr/libexec/at-spi-bus-launcher', '/usr/lib/at-spi2-core/at-spi-bus-launcher',
                 '/usr/lib/x86_64-linux-gnu/at-spi-bus-launcher'):
        if os.path.exists(path):
            return path
    return shutil.which('at-spi-bus-launcher')


def role_name(acc):
    try:
        return acc.get_role_name()
    except Exception:
        return ''


def walk(acc, page, counts, path, seen):
    from gi.repository import Atspi
    if seen[0] >= MAX_NODES:
        return
    seen[0] += 1
    try:
        states = acc.get_state_set()
        # GTK 4.8 sets SHOWING on the window only; VISIBLE follows
        # gtk_widget_get_visible (the app hides pages not on screen)
        showing = states.contains(Atspi.StateType.VISIBLE)
    except Exception:
        return
    if not showing:
        return
    role = role_name(acc)
    try:
        name = acc.get_name() or ''
    except Exception:
        name = ''
    if role in CHECKED_ROLES:
        counts[role] = counts.get(role, 0) + 1
        if not name.strip() or TYPE_NAME.match(name.strip()):
            failures.append('%s: %s with %s at %s' % (page, role, 'no name' if not name.strip()
                                                     else 'the type name “%s”' % name, ' > '.join(path)))
    try:
        n = acc.get_child_count()
    except Exception:
        return
    for i in range(min(n, 2000)):
        try:
            child = acc.get_child_at_index(i)
        except Exception:
            continue
        if child is None:
            continue
        walk(child, page, counts, path + ['%s “%s”' % (role, name[:30])], seen)


def find_app(pid, timeout=40):
    from gi.repository import Atspi
    end = time.time() + timeout
    while time.time() < end:
        desktop = Atspi.get_desktop(0)
        for i in range(desktop.get_child_count()):
            app = desktop.get_child_at_index(i)
            try:
                if app is not None and app.get_process_id() == pid and app.get_child_count() > 0:
                    win = app.get_child_at_index(0)
                    if win is not None and win.get_child_count() > 0:
                        return app
            except Exception:
                pass
        time.sleep(0.3)
    return None


def visible(acc):
    from gi.repository import Atspi
    try:
        return acc.get_state_set().contains(Atspi.StateType.VISIBLE)
    except Exception:
        return False


def children(acc):
    try:
        n = acc.get_child_count()
    except Exception:
        return []
    out = []
    for i in range(min(n, 2000)):
        try:
            child = acc.get_child_at_index(i)
        except Exception:
            continue
        if child is not None:
            out.append(child)
    return out


def find_all(root, pred, limit=MAX_NODES):
    """Visible nodes under @root (itself included) that @pred accepts, in
    tree order; hidden subtrees are not entered, as in walk()."""
    found = []
    stack = [root]
    seen = 0
    while stack and seen < limit:
        acc = stack.pop()
        seen += 1
        if not visible(acc):
            continue
        try:
            if pred(acc):
                found.append(acc)
        except Exception:
            pass
        stack.extend(reversed(children(acc)))
    return found


def find_first(roots, pred):
    for root in roots:
        found = find_all(root, pred)
        if found:
            return found[0]
    return None


def windows(app):
    return children(app)


def named(acc):
    try:
        return (acc.get_name() or '').strip()
    except Exception:
        return ''


def wait_for(probe, timeout=5.0, interval=0.1):
    """Poll @probe until it returns something true, for at most @timeout s."""
    end = time.time() + timeout
    while True:
        try:
            result = probe()
        except Exception:
            result = None
        if result:
            return result
        if time.time() >= end:
            return None
        time.sleep(interval)


def do_press(acc):
    """Do a control's "click"/"activate"/"press" action, as a screen reader
    does; False when it has none."""
    from gi.repository import Atspi
    try:
        n = acc.get_n_actions()
    except Exception:
        return False
    if n <= 0:
        return False
    index = 0
    with warnings.catch_warnings():
        warnings.simplefilter('ignore', DeprecationWarning)
        for i in range(n):
            try:
                if Atspi.Action.get_action_name(acc, i) in ('click', 'activate', 'press', 'toggle'):
                    index = i
                    break
            except Exception:
                pass
    try:
        return bool(acc.do_action(index))
    except Exception:
        return False


def walk_part(label, roots, need=1):
    """Walk @roots as one part; report it, and fail when fewer than @need
    controls were checked (the part did not really open)."""
    counts = {}
    seen = [0]
    for root in roots:
        walk(root, label, counts, [], seen)
    total = sum(counts.values())
    detail = ', '.join('%d %s' % (v, k) for k, v in sorted(counts.items()))
    print('%s: %d nodes walked, %d controls checked (%s)' % (label, seen[0], total, detail))
    if total < need:
        failures.append('%s: %d controls found, expected at least %d; the walk did not see it open'
                        % (label, total, need))
    return counts


def open_task_editor(app):
    """Goals: the Edit toggle of the first task reveals all its fields."""
    page = 'goals: task editor'
    buttons = find_all(windows(app)[0], lambda a: role_name(a) in ('push button', 'toggle button')
                       and named(a).startswith('Edit ')) if windows(app) else []
    if not buttons:
        failures.append('%s: no task has an “Edit …” button' % page)
        return
    edit = buttons[0]
    name = named(edit)
    if not do_press(edit):
        failures.append('%s: “%s” has no click action' % (page, name))
        return
    editor = wait_for(lambda: find_first(windows(app), lambda a: role_name(a) == 'list'
                                         and named(a) == 'Task details' and a.get_child_count() > 0))
    if editor is None:
        failures.append('%s: “%s” was clicked but no “Task details” list appeared within 5 s' % (page, name))
        return
    walk_part(page, [editor], need=10)
    # GtkButton turns its visible label ("Done") into the accessible name;
    # the toggle must go on saying which task it edits
    if not wait_for(lambda: named(edit) == name, timeout=2.0):
        failures.append('%s: the toggle “%s” is named “%s” once pressed; it no longer says which task'
                        % (page, name, named(edit)))


def ancestor_with_role(acc, role, stop):
    node = acc
    for _ in range(60):
        try:
            node = node.get_parent()
        except Exception:
            return None
        if node is None or node == stop:
            return None
        if role_name(node) == role:
            return node
    return None


def list_items(acc):
    return [c for c in children(acc) if visible(c) and role_name(c) == 'list item']


def open_vendor_editor(app):
    """Vendors: select a row through the list's Selection interface, then
    add a contact and open the "Reject …?" dialog from the editor."""
    from gi.repository import Atspi
    page = 'vendors: vendor editor'
    if not windows(app):
        failures.append('%s: the app has no window' % page)
        return
    window = windows(app)[0]
    vendors = find_first([window], lambda a: role_name(a) == 'list' and named(a) == 'Vendors')
    if vendors is None or 'Selection' not in vendors.get_interfaces():
        failures.append('%s: no vendor list with a Selection interface' % page)
        return
    rows = children(vendors)
    # a vendor that is not rejected yet, so that its editor offers "Reject…"
    index = next((i for i, r in enumerate(rows) if role_name(r) == 'list item' and visible(r)
                  and ', Rejected,' not in named(r)), None)
    if index is None:
        failures.append('%s: the sample project shows no vendor to select' % page)
        return
    vendor_name = named(rows[index]).split(',')[0]
    if not Atspi.Selection.select_child(vendors, index):
        failures.append('%s: selecting “%s” through AT-SPI failed' % (page, vendor_name))
        return

    def editor_open():
        add = find_first([window], lambda a: role_name(a) == 'push button' and named(a) == 'Add Contact')
        contacts = find_first([window], lambda a: role_name(a) == 'list' and named(a) == 'Contacts')
        return (add, contacts) if add and contacts else None
    opened = wait_for(editor_open)
    if opened is None:
        failures.append('%s: “%s” was selected but its editor (“Add Contact”, “Contacts”) did not appear '
                        'within 5 s' % (page, vendor_name))
        return
    add, contacts = opened
    pane = ancestor_with_role(add, 'scroll pane', window) or window
    walk_part(page, [pane], need=10)

    # a new contact: its row opens with all its fields
    page = 'vendors: contact rows'
    before = len(list_items(contacts))
    if not do_press(add):
        failures.append('%s: “Add Contact” has no click action' % page)
        return
    if not wait_for(lambda: len(list_items(contacts)) > before):
        failures.append('%s: “Add Contact” was clicked but no contact row appeared within 5 s' % page)
        return
    walk_part(page, [contacts], need=6 * (before + 1))

    # the rejection dialog, with its reason field
    page = 'vendors: reject dialog'
    reject = find_first([window], lambda a: role_name(a) == 'push button' and named(a) in ('Reject…', 'Reject...'))
    if reject is None:
        failures.append('%s: the editor of “%s” has no “Reject…” button' % (page, vendor_name))
        return
    if not do_press(reject):
        failures.append('%s: “Reject…” has no click action' % page)
        return

    def dialog_open():
        # a toplevel of its own: a child of the application
        return next((w for w in windows(app) if role_name(w) in ('dialog', 'alert', 'frame')
                     and named(w).startswith('Reject') and visible(w)), None)
    dialog = wait_for(dialog_open)
    if dialog is None:
        failures.append('%s: “Reject…” was clicked but no “Reject …?” dialog appeared within 5 s' % page)
        return
    walk_part(page, [dialog], need=3)
    if not find_all(dialog, lambda a: role_name(a) in ('text', 'entry')):
        failures.append('%s: the dialog shows no reason field' % page)


def check_page(binary, page, args, env, settle=2.5, then=None):
    proc = start([binary] + args, env=env)
    try:
        app = find_app(proc.pid)
        if app is None:
            failures.append('%s: the app did not appear on the accessibility bus' % page)
            return
        time.sleep(settle)   # let the page fill in
        counts = {}
        seen = [0]
        for i in range(app.get_child_count()):
            walk(app.get_child_at_index(i), page, counts, [], seen)
        total = sum(counts.values())
        detail = ', '.join('%d %s' % (v, k) for k, v in sorted(counts.items()))
        print('%s: %d nodes walked, %d controls checked (%s)' % (page, seen[0], total, detail))
        if total == 0:
            failures.append('%s: no controls found at all; the walk saw nothing' % page)
        elif then is not None:
            then(app)
    finally:
        stop(proc)


def main():
    if len(sys.argv) < 2:
        print('usage: test-a11y.py PATH/TO/vendorbench')
        return 2
    binary = os.path.abspath(sys.argv[1])
    cli = os.environ.get('VB_CLI')
    tmp = tempfile.mkdtemp(prefix='vb-a11y-')
    try:
        launcher = find_launcher()
        if launcher is None:
            print('FAIL: at-spi-bus-launcher not found (install at-spi2-core)')
            return 1
        start([launcher, '--launch-immediately'])
        time.sleep(1.0)

        from gi.repository import Atspi
        Atspi.init()

        env = dict(os.environ)
        env.pop('GTK_A11Y', None)
        env.pop('NO_AT_BRIDGE', None)
        env['XDG_DATA_HOME'] = os.path.join(tmp, 'data')
        env['XDG_CACHE_HOME'] = os.path.join(tmp, 'cache')
        env['XDG_CONFIG_HOME'] = os.path.join(tmp, 'config')
        env.setdefault('GSETTINGS_BACKEND', 'memory')

        project = os.path.join(tmp, 'Sample walk.vendorbench')
        fresh = os.path.join(tmp, 'Fresh walk.vendorbench')
        if cli:
            subprocess.run([cli, 'new', project, '--sample'], check=True,
                           stdout=subprocess.DEVNULL)
            subprocess.run([cli, 'new', fresh, '--template', 'customer-support'], check=True,
                           stdout=subprocess.DEVNULL)
            args = [project]
        else:
            env['VB_TEST_OPEN_SAMPLE'] = '1'
            args = []

        for stage in ('dashboard', 'goals', 'vendors'):
            stage_env = dict(env)
            stage_env['VB_TEST_STAGE'] = stage
            # the dashboard also for a project just begun (two windows), which
            # also puts it in the welcome page's recent list
            extra = [fresh] if cli and stage == 'dashboard' else []
            # and what opens on demand there, when the sample project is open
            then = {'goals': open_task_editor, 'vendors': open_vendor_editor}.get(stage)
            check_page(binary, stage, args + extra, stage_env, then=then)
        # the dialogs, over the welcome page
        for page, action in (('new-project dialog', 'win.new-project'),
                             ('preferences', 'app.preferences')):
            dialog_env = dict(env)
            dialog_env['VB_TEST_ACTION'] = action
            check_page(binary, page, [], dialog_env)
        # last: the welcome page, with the project above in its recent list
        check_page(binary, 'welcome', [], env)
    finally:
        stop_all()
        shutil.rmtree(tmp, ignore_errors=True)

    if failures:
        print('\n%d controls without a proper name, or parts that did not open:' % len(failures))
        for f in failures:
            print('  ' + f)
        return 1
    print('every control has a name')
    return 0


if __name__ == '__main__':
    sys.exit(main())
