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
# talks to AT-SPI, and walks what a screen reader sees (DESIGN.md §7): the
# welcome page with a recent project, the dashboard of a project just begun
# and of the sample, Goals & Scope with an objective open, the task editor
# window, Vendors with the vendor editor open and a new contact, the reject
# reason dialog, the new project dialog, Preferences and the shortcuts
# window. Each part is opened the way the app is driven for screenshots:
# VB_TEST_OPEN_SAMPLE=1 and VB_TEST_ACTION (detailed action names run once
# the project is shown); the script then waits, within a bound, for the part
# to appear on the bus before walking it. A focusable or actionable control
# with no name, or named only by its GTK type ("GtkButton", "GtkImage", …),
# fails the test, as does a part that does not appear or shows too few
# controls. Everything it started is stopped at the end.
#
# Without python3-pyatspi it says so and exits 77 (skip), or 1 under CI,
# where the package must be installed.

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
    print('%s: python3-pyatspi (gi Atspi 2.0) is not installed; '
          'install python3-pyatspi and at-spi2-core to run this test'
          % ('FAIL' if os.environ.get('CI') else 'SKIP'))
    sys.exit(1 if os.environ.get('CI') else 77)

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


def find_app(pid, timeout=60):
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



def list_items(acc):
    return [c for c in children(acc) if visible(c) and role_name(c) == 'list item']


def named_like(acc, role, prefix):
    return role_name(acc) == role and named(acc).startswith(prefix)


def toplevel(app, pred):
    """A visible window of @app that @pred accepts."""
    return next((w for w in windows(app) if visible(w) and pred(w)), None)


def project_window(app):
    """The project window: the one that shows the stages."""
    return toplevel(app, lambda w: find_all(w, lambda a: role_name(a) == 'list' and named(a) == 'Stages'
                                            and a.get_child_count() > 0, limit=1500))


def wait_for_bus(timeout=30.0):
    """The accessibility bus answers and its registry lists applications:
    an app started before that talks to no bus and is never seen."""
    from gi.repository import Atspi
    end = time.time() + timeout
    while time.time() < end:
        if shutil.which('gdbus'):
            r = subprocess.run(['gdbus', 'call', '--session', '--dest', 'org.a11y.Bus', '--object-path',
                                '/org/a11y/bus', '--method', 'org.a11y.Bus.GetAddress'],
                               stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
            up = r.returncode == 0 and 'unix:' in r.stdout
        else:
            up = True
        if up:
            try:
                Atspi.get_desktop(0).get_child_count()
                return True
            except Exception:
                pass
        time.sleep(0.3)
    return False


def run_part(binary, label, env_extra, args, probe, need, then=None, settle=1.0):
    """Start the app with @env_extra, wait for @probe(app) to return the
    roots to walk, walk them, then call @then(app) for more parts."""
    env = dict(BASE_ENV)
    env.update(env_extra)
    proc = start([binary] + args, env=env)
    try:
        app = find_app(proc.pid)
        if app is None:
            status = proc.poll()
            failures.append('%s: the app did not appear on the accessibility bus (%s)'
                            % (label, 'still running' if status is None else 'exit status %d' % status))
            return
        roots = wait_for(lambda: probe(app), timeout=30.0, interval=0.3)
        if not roots:
            failures.append('%s: did not appear within 30 s' % label)
            return
        time.sleep(settle)   # let it fill in
        roots = probe(app) or roots
        walk_part(label, roots, need=need)
        if then is not None:
            then(app)
    finally:
        stop(proc)


def dashboard_probe(app):
    win = project_window(app)
    if win and find_first([win], lambda a: role_name(a) == 'list' and named(a) == 'What to Do Next'):
        return [win]
    return None


def goals_probe(app):
    """Goals & Scope with the new objective's row open: its Title field shows."""
    win = project_window(app)
    if win and find_first([win], lambda a: role_name(a) in ('text', 'entry') and named(a).startswith('Title')):
        return [win]
    return None


def task_editor_probe(app):
    """The task editor: a window of its own with the task's fields."""
    editor = toplevel(app, lambda w: project_window(app) != w and
                      find_first([w], lambda a: role_name(a) in ('text', 'entry') and named(a).startswith('Name')) and
                      find_first([w], lambda a: role_name(a) == 'push button' and named(a) == 'Remove Task'))
    return [editor] if editor else None


def vendors_probe(app):
    """Vendors with a vendor open beside the list: its Contacts."""
    win = project_window(app)
    if win and find_first([win], lambda a: named_like(a, 'push button', 'Add Contact')) and \
            find_first([win], lambda a: role_name(a) == 'list' and named(a) == 'Vendors'):
        return [win]
    return None


def shown_probe(role, name):
    """The project window once it shows a @role named @name (its start)."""
    def probe(app):
        win = project_window(app)
        if win and find_first([win], lambda a: named_like(a, role, name)):
            return [win]
        return None
    return probe


def scoring_weights_probe(app):
    """Scoring & Decision, the Weights view: the categories with their weights."""
    win = project_window(app)
    if win and find_first([win], lambda a: role_name(a) == 'list' and named(a) == 'Categories') and \
            find_first([win], lambda a: role_name(a) == 'spin button' and named(a).startswith('Weight of')):
        return [win]
    return None


def scoring_scores_probe(app):
    """Scoring & Decision, the Scores view: the grid's cells and the evaluators."""
    win = project_window(app)
    if win and find_first([win], lambda a: role_name(a) == 'list' and named(a) == 'Evaluators') and \
            find_first([win], lambda a: role_name(a) == 'push button' and named(a).startswith('Quality of answers')):
        return [win]
    return None


def open_contact(app):
    """A new contact in the open vendor, through AT-SPI as a screen reader
    does: its row comes with all its fields."""
    label = 'vendors: a new contact'
    win = project_window(app)
    contacts = find_first([win], lambda a: role_name(a) == 'list' and named(a) == 'Contacts') if win else None
    add = find_first([win], lambda a: named_like(a, 'push button', 'Add Contact')) if win else None
    if contacts is None or add is None:
        failures.append('%s: the vendor editor has no “Contacts” list or “Add Contact” button' % label)
        return
    before = len(list_items(contacts))
    if not do_press(add):
        failures.append('%s: “Add Contact” has no click action' % label)
        return
    if not wait_for(lambda: len(list_items(contacts)) > before, timeout=10.0):
        failures.append('%s: “Add Contact” was clicked but no contact row appeared within 10 s' % label)
        return
    time.sleep(0.5)
    walk_part(label, [contacts], need=6)


def dialog_probe(prefix):
    def probe(app):
        dialog = toplevel(app, lambda w: role_name(w) in ('dialog', 'alert', 'frame', 'window')
                          and named(w).startswith(prefix))
        if dialog and find_all(dialog, lambda a: role_name(a) in CHECKED_ROLES, limit=400):
            return [dialog]
        return None
    return probe


def reject_probe(app):
    roots = dialog_probe('Reject')(app)
    if roots and find_first(roots, lambda a: role_name(a) in ('text', 'entry') and named(a) == 'Reason'):
        return roots
    return None


def shortcuts_probe(app):
    win = toplevel(app, lambda w: find_first([w], lambda a: 'Keyboard Shortcuts' in named(a)
                                             or named(a) == 'Shortcuts'))
    return [win] if win else None


def welcome_probe(app):
    win = toplevel(app, lambda w: find_first([w], lambda a: named_like(a, 'push button', 'Remove from List')))
    return [win] if win else None


BASE_ENV = {}


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

        from gi.repository import Atspi
        Atspi.init()
        if not wait_for_bus():
            print('FAIL: the accessibility bus did not come up within 30 s')
            return 1

        env = dict(os.environ)
        env.pop('GTK_A11Y', None)
        env.pop('NO_AT_BRIDGE', None)
        env.pop('VB_TEST_ACTION', None)
        env.pop('VB_TEST_STAGE', None)
        env.pop('VB_TEST_OPEN_SAMPLE', None)
        env['XDG_DATA_HOME'] = os.path.join(tmp, 'data')
        env['XDG_CACHE_HOME'] = os.path.join(tmp, 'cache')
        env['XDG_CONFIG_HOME'] = os.path.join(tmp, 'config')
        env.setdefault('GSETTINGS_BACKEND', 'memory')
        BASE_ENV.clear()
        BASE_ENV.update(env)

        sample = {'VB_TEST_OPEN_SAMPLE': '1'}

        # a project just begun: its dashboard has open points with fix and
        # dismiss buttons; opening it also puts it in the recent list
        if not cli:
            print('FAIL: VB_CLI is not set (meson sets it to vendorbench-cli)')
            return 1
        fresh = os.path.join(tmp, 'Fresh walk.vendorbench')
        subprocess.run([cli, 'new', fresh, '--template', 'customer-support'], check=True,
                       stdout=subprocess.DEVNULL)
        run_part(binary, 'dashboard of a new project', {}, [fresh], dashboard_probe, need=10)
        run_part(binary, 'dashboard of the sample', sample, [], dashboard_probe, need=5)
        run_part(binary, 'goals: an objective open',
                 dict(sample, VB_TEST_ACTION='win.show-stage::goals goals.add-objective'), [],
                 goals_probe, need=15)
        run_part(binary, 'goals: the task editor',
                 dict(sample, VB_TEST_ACTION='win.show-stage::goals goals.add-task'), [],
                 task_editor_probe, need=15)
        run_part(binary, 'vendors: the vendor editor',
                 dict(sample, VB_TEST_ACTION='win.show-stage::vendors'), [],
                 vendors_probe, need=15, then=open_contact)
        run_part(binary, 'vendors: the reject dialog',
                 dict(sample, VB_TEST_ACTION='win.show-stage::vendors vendors.reject'), [],
                 reject_probe, need=3)
        # Pricing & ROI, each of its three views
        run_part(binary, 'pricing: the forecast',
                 dict(sample, VB_TEST_ACTION='win.show-stage::pricing pricing.show-view::forecast'), [],
                 shown_probe('text', 'Phone contacts in January'), need=20)
        run_part(binary, 'pricing: the quotes',
                 dict(sample, VB_TEST_ACTION='win.show-stage::pricing pricing.show-view::quotes'), [],
                 shown_probe('push button', 'Add Price Line'), need=10)
        run_part(binary, 'pricing: the comparison',
                 dict(sample, VB_TEST_ACTION='win.show-stage::pricing pricing.show-view::comparison'), [],
                 shown_probe('list', 'Cost per vendor'), need=5)
        run_part(binary, 'scoring: the weights',
                 dict(sample, VB_TEST_ACTION='win.show-stage::scoring'), [],
                 scoring_weights_probe, need=15)
        run_part(binary, 'scoring: the scores',
                 dict(sample, VB_TEST_ACTION='win.show-stage::scoring scoring.show-view::scores'), [],
                 scoring_scores_probe, need=10)
        run_part(binary, 'pilot: the plan',
                 dict(sample, VB_TEST_ACTION='win.show-stage::pilot'), [],
                 shown_probe('push button', 'Add a criterion'), need=15)
        run_part(binary, 'workflows: workflows and escalation',
                 dict(sample, VB_TEST_ACTION='win.show-stage::workflows'), [],
                 shown_probe('list', 'Escalation matrix'), need=15)
        # the SLAs: a new one opened (every field of a row), the library, an own measure opened
        run_part(binary, 'slas: the service levels',
                 dict(sample, VB_TEST_ACTION='win.show-stage::slas slas.add::service-level'), [],
                 shown_probe('push button', 'Add SLA…'), need=25)
        run_part(binary, 'slas: the measure library',
                 dict(sample, VB_TEST_ACTION='win.show-stage::slas slas.choose-kpi'), [],
                 dialog_probe('Choose What the SLA Measures'), need=16)
        run_part(binary, 'slas: an own measure',
                 dict(sample, VB_TEST_ACTION='win.show-stage::slas slas.add-custom-kpi'), [],
                 shown_probe('push button', 'Add an SLA on It'), need=20)
        run_part(binary, 'transition: the checklist',
                 dict(sample, VB_TEST_ACTION='win.show-stage::transition'), [],
                 shown_probe('push button', 'Export Calendar…'), need=15)
        run_part(binary, 'results: the pilot results',
                 dict(sample, VB_TEST_ACTION='win.show-stage::results'), [],
                 shown_probe('push button', 'Import Tickets…'), need=15)
        run_part(binary, 'results: the ticket import',
                 dict(sample, VB_TEST_ACTION='win.show-stage::results results.import-file::'
                      + os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'data', 'tickets',
                                     'mapped.tsv')), [],
                 dialog_probe('Import Tickets'), need=15)
        # the dialogs, over the welcome page
        run_part(binary, 'the new project dialog', {'VB_TEST_ACTION': 'win.new-project'}, [],
                 dialog_probe('New Project'), need=6)
        run_part(binary, 'preferences', {'VB_TEST_ACTION': 'app.preferences'}, [],
                 dialog_probe('Preferences'), need=2)
        run_part(binary, 'the shortcuts window', {'VB_TEST_ACTION': 'app.shortcuts'}, [],
                 shortcuts_probe, need=1)
        # last: the welcome page, with the project above in its recent list
        run_part(binary, 'welcome', {}, [], welcome_probe, need=5)
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
