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
# both stage pages (DESIGN.md §7). A focusable or actionable control with no
# name, or named only by its GTK type ("GtkButton", "GtkImage", …), fails the
# test. Everything it started is stopped at the end.
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


def check_page(binary, page, args, env, settle=2.5):
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
            check_page(binary, stage, args + extra, stage_env)
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
        print('\n%d unnamed controls:' % len(failures))
        for f in failures:
            print('  ' + f)
        return 1
    print('every control has a name')
    return 0


if __name__ == '__main__':
    sys.exit(main())
