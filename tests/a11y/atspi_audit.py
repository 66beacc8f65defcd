#!/usr/bin/python3
"""Guichet seen from the outside, as a screen reader sees it: the AT-SPI accessibility tree.

For each area of the counter window (appointments, knowledge, requests, interpreting) this starts,
in a throwaway world of its own, an X server (Xvfb, on a display it picks itself), a D-Bus session
(dbus-run-session) with the AT-SPI bus (at-spi-bus-launcher; the registry daemon is started by the
bus), and `guichet` on a copy of a demo store, with Qt's AT-SPI bridge on. It waits until the
application shows up on the AT-SPI desktop, walks its whole accessible tree and fails, listing
every interactive control (button, check box, radio, combo box, entry, spin button, slider, list,
table, tree, tab, menu-bar item, link) that is showing and has an empty name, or a combo box named
only by its current value (on Linux Qt reports that as its name: without a buddy label, a screen
reader never says what it is for). It then does what a screen-reader user does there (STEPS:
types a search, opens the dialogs through AT-SPI's Action interface) and walks again.
--known FILE lists findings left to their owner (known_unnamed.txt).

    atspi_audit.py --guichet build/app/desk/guichet --cli build/app/cli/guichet-cli [--area requests]
    atspi_audit.py --selftest build/tests/a11y_unnamed_probe

--selftest proves that the walker can fail: it audits a small Qt program with deliberately unnamed
controls (and named, buddied and hidden ones) and passes only when exactly the unnamed, showing
ones are reported.

Exit status: 0 clean, 1 unnamed controls found (or the audit could not run), 2 usage, 77 skipped
(python3-pyatspi, Xvfb, dbus-run-session or at-spi2-core missing; with CI set, that is a failure).
Every process it starts (Xvfb, the D-Bus session and what runs inside it, the application) is
ended at the end, whatever happened. Runs with Debian's /usr/bin/python3 (python3-pyatspi).
"""

import argparse
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time

SKIP = 77
AREAS = ("appointments", "knowledge", "requests", "interpreting")
NOW = "2026-11-24T10:30"
TODAY = "2026-11-24"
BUS_LAUNCHER = "/usr/libexec/at-spi-bus-launcher"

# After an area as it opens, what a screen-reader user does next in it, through AT-SPI itself:
# type in a text field (EditableText), press a button or a menu item (Action); then every window
# of the application is walked again (a dialog that opened included), and a dialog is closed with
# its Cancel or Close button. A step that cannot be done fails the audit (a button renamed: update
# this list).
STEPS = {
    "appointments": [("type", "Search", "a"), ("press", "New appointment"), ("toggle", "Week"),
                     ("menu", "Sign in")],
    "knowledge": [("type", "Search", "carte"), ("press", "To review"), ("press", "New article")],
    "requests": [("type", "Search", "martin"), ("press", "New request"), ("press", "Overdue by service")],
    "interpreting": [("type", "Search", "arabe")],
}

# What the self-test program (tests/a11y/unnamed_probe.cpp) shows: its controls carry these
# tool tips, which Qt reports as their AT-SPI description.
SELFTEST_MUST_FLAG = {"probe:unnamed-edit", "probe:unnamed-check", "probe:unnamed-combo",
                      "probe:unnamed-toolbutton", "probe:unnamed-tab-page-edit",
                      "probe:unnamed-value-only-combo"}
SELFTEST_MUST_PASS = {"probe:named-edit", "probe:buddy-edit", "probe:text-button", "probe:named-list",
                      "probe:buddy-combo"}


def log(message):
    print("atspi_audit: " + message, flush=True)


def running_in_ci():
    value = os.environ.get("CI", "").strip().lower()
    return value not in ("", "0", "false")


def missing_tools():
    missing = []
    try:
        import pyatspi  # noqa: F401  (only checks that it is there)
    except Exception as error:  # ImportError, or gi failing to load Atspi
        missing.append("python3-pyatspi for %s (%s)" % (sys.executable, error))
    for tool, package in (("Xvfb", "xvfb"), ("dbus-run-session", "dbus-bin"),
                          ("dbus-send", "dbus-bin")):
        if shutil.which(tool) is None:
            missing.append("%s (Debian package %s)" % (tool, package))
    if not os.access(BUS_LAUNCHER, os.X_OK):
        missing.append("%s (Debian package at-spi2-core)" % BUS_LAUNCHER)
    return missing


# --- processes ---------------------------------------------------------------------------------

def descendants(root_pid):
    """Every live process below root_pid (by parent links in /proc), deepest last."""
    children = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open("/proc/%s/stat" % entry) as stat:
                fields = stat.read().rsplit(")", 1)[1].split()
            children.setdefault(int(fields[1]), []).append(int(entry))
        except (OSError, IndexError, ValueError):
            continue
    found, todo = [], [root_pid]
    while todo:
        pid = todo.pop()
        for child in children.get(pid, []):
            found.append(child)
            todo.append(child)
    return found


def end_processes(pids, grace=3.0):
    """SIGTERM, then SIGKILL after `grace` seconds, each process by its id."""
    pids = [pid for pid in pids if pid > 1 and pid != os.getpid()]
    for pid in pids:
        try:
            os.kill(pid, signal.SIGTERM)
        except ProcessLookupError:
            pass
    deadline = time.monotonic() + grace
    alive = list(pids)
    while alive and time.monotonic() < deadline:
        for pid in list(alive):
            try:
                done, _ = os.waitpid(pid, os.WNOHANG)
                if done == pid:
                    alive.remove(pid)
                    continue
            except ChildProcessError:
                pass  # not our child: look at /proc
            if not os.path.exists("/proc/%d" % pid) or _zombie(pid):
                alive.remove(pid)
        time.sleep(0.05)
    for pid in alive:
        try:
            os.kill(pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
    for pid in pids:
        try:
            os.waitpid(pid, os.WNOHANG)
        except ChildProcessError:
            pass


def _zombie(pid):
    try:
        with open("/proc/%d/stat" % pid) as stat:
            return stat.read().rsplit(")", 1)[1].split()[0] == "Z"
    except OSError:
        return True


class Tree:
    """A process and everything it starts, ended together (by id) when the block is left."""

    def __init__(self, argv, **kwargs):
        self.process = subprocess.Popen(argv, start_new_session=True, **kwargs)
        self.seen = set()

    def note_children(self):
        # Remember the descendants while the parent links still hold: a daemon whose parent
        # exits is re-parented to init and could not be found any more.
        self.seen.update(descendants(self.process.pid))

    def end(self):
        self.note_children()
        pids = sorted(self.seen | set(descendants(self.process.pid)), reverse=True)
        end_processes([self.process.pid] + pids)
        try:
            self.process.wait(timeout=2)
        except subprocess.TimeoutExpired:
            pass

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.end()
        return False


def start_xvfb():
    """Xvfb on a free display of its own choosing (-displayfd): (Tree, ':N')."""
    read_end, write_end = os.pipe()
    xvfb = Tree(["Xvfb", "-displayfd", str(write_end), "-screen", "0", "1366x900x24", "-nolisten", "tcp",
                 "-noreset"], pass_fds=(write_end,), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    os.close(write_end)
    number = b""
    deadline = time.monotonic() + 20
    try:
        os.set_blocking(read_end, False)
        while time.monotonic() < deadline and not number.endswith(b"\n"):
            if xvfb.process.poll() is not None:
                break
            try:
                chunk = os.read(read_end, 16)
                if not chunk:
                    break
                number += chunk
            except BlockingIOError:
                time.sleep(0.05)
    finally:
        os.close(read_end)
    if not number.strip().isdigit():
        xvfb.end()
        raise RuntimeError("Xvfb did not start")
    return xvfb, ":" + number.strip().decode()


# --- outer side: stores, Xvfb, one D-Bus session per target --------------------------------------

def make_store(cli, work):
    path = os.path.join(work, "demo.sqlite")
    for suffix in ("", "-wal", "-shm"):
        if os.path.exists(path + suffix):
            os.remove(path + suffix)  # a work folder used before: a fresh store all the same
    log("creating the demo store (guichet-cli init --demo --today %s)" % TODAY)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    result = subprocess.run([cli, "--store", path, "init", "--demo", "--today", TODAY], env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, timeout=180)
    if result.returncode != 0:
        raise RuntimeError("guichet-cli init failed:\n" + result.stdout.decode(errors="replace"))
    return path


def copy_store(path, work, name):
    copy = os.path.join(work, name + ".sqlite")
    for suffix in ("", "-wal", "-shm"):
        if os.path.exists(path + suffix):
            shutil.copyfile(path + suffix, copy + suffix)
    return copy


def session_environment(display, home):
    """The environment of a D-Bus session of ours: nothing of the caller's session or display."""
    env = {key: value for key, value in os.environ.items()
           if not key.startswith(("DBUS_", "AT_SPI", "XDG_", "QT_", "GNOME_", "KDE_", "WAYLAND"))
           and key not in ("DISPLAY", "XAUTHORITY", "NO_AT_BRIDGE", "GTK_MODULES", "SESSION_MANAGER")}
    env.update({
        "DISPLAY": display,
        "HOME": home,
        "XDG_RUNTIME_DIR": os.path.join(home, "runtime"),
        "XDG_CONFIG_HOME": os.path.join(home, "config"),
        "XDG_DATA_HOME": os.path.join(home, "data"),
        "XDG_CACHE_HOME": os.path.join(home, "cache"),
        "LC_ALL": "C.UTF-8",
        "LANG": "C.UTF-8",
    })
    for folder in ("runtime", "config", "data", "cache"):
        os.makedirs(os.path.join(home, folder), mode=0o700, exist_ok=True)
    return env


def run_target(display, work, name, app_argv, selftest, timeout, dump=False, known_file=None):
    """Runs the inner audit of one program in its own dbus-run-session: (exit status, output)."""
    home = os.path.join(work, "home-" + name)
    env = session_environment(display, home)
    report = os.path.join(work, name + ".report")
    argv = ["dbus-run-session", "--", sys.executable, os.path.abspath(__file__), "--inner",
            "--report", report, "--name", name]
    if selftest:
        argv.append("--inner-selftest")
    if dump:
        argv.append("--dump")
    if known_file:
        argv += ["--known", os.path.abspath(known_file)]
    argv += ["--"] + app_argv
    with Tree(argv, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT) as session:
        try:
            output, _ = session.process.communicate(timeout=timeout)
        except subprocess.TimeoutExpired:
            session.note_children()
            session.end()
            output, _ = session.process.communicate()
            return 1, (output or b"").decode(errors="replace") + "\n%s: timed out after %d s\n" % (name, timeout)
        return session.process.returncode, output.decode(errors="replace")


# --- inner side: inside the D-Bus session -----------------------------------------------------------

def a11y_bus_address(deadline):
    """The address of the AT-SPI bus, once our launcher serves org.a11y.Bus (asking before that
    would make D-Bus start a second launcher)."""
    def ask(*call):
        result = subprocess.run(["dbus-send", "--session", "--print-reply=literal"] + list(call),
                                stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
        return result.stdout.decode().strip() if result.returncode == 0 else ""

    while time.monotonic() < deadline:
        if ask("--dest=org.freedesktop.DBus", "/org/freedesktop/DBus", "org.freedesktop.DBus.NameHasOwner",
               "string:org.a11y.Bus").endswith("true"):
            address = ask("--dest=org.a11y.Bus", "/org/a11y/bus", "org.a11y.Bus.GetAddress")
            if address:
                return address
        time.sleep(0.1)
    raise RuntimeError("the AT-SPI bus did not start (org.a11y.Bus)")


def inner(args):
    deadline = time.monotonic() + 60
    launcher = Tree([BUS_LAUNCHER, "--launch-immediately", "--a11y=1"], stdout=subprocess.DEVNULL,
                    stderr=subprocess.DEVNULL)
    app = None
    try:
        address = a11y_bus_address(deadline)
        launcher.note_children()
        # The application finds the bus from the session bus (org.a11y.Bus), as on a desktop: Qt 6.4
        # ignores a bus given in AT_SPI_BUS_ADDRESS (it never registers). This walker (libatspi)
        # takes it from there, whatever the X root window says.
        app_env = dict(os.environ, QT_QPA_PLATFORM="xcb", QT_LINUX_ACCESSIBILITY_ALWAYS_ON="1",
                       QT_ACCESSIBILITY="1")
        os.environ["AT_SPI_BUS_ADDRESS"] = address
        app_log = open(args.report + ".app.log", "wb")
        app = Tree(args.app, env=app_env, stdout=app_log, stderr=subprocess.STDOUT)
        import pyatspi
        root = wait_for_application(pyatspi, app.process, deadline)
        launcher.note_children()
        time.sleep(1.0)  # the area's start-up work (first search, focus) settles
        findings, seen = audit(pyatspi, root, args.dump)
        if not args.inner_selftest:
            for step in STEPS.get(args.name, []):
                more, counted = run_step(pyatspi, root, step, args.dump)
                seen["objects"] += counted["objects"]
                seen["interactive"] += counted["interactive"]
                known = {line for _, line in findings}
                findings += [(d, line) for d, line in more if line not in known]
    except Exception as error:
        log("%s: the audit could not run: %s" % (args.name, error))
        if app is not None and app.process.poll() is not None:
            log("%s: the application exited with status %s" % (args.name, app.process.returncode))
        dump_app_log(args)
        return 1
    finally:
        if app is not None:
            app.end()
        launcher.end()

    if args.inner_selftest:
        return check_selftest(findings, seen)
    log("%s: %d accessible objects walked, %d interactive controls showing" %
        (args.name, seen["objects"], seen["interactive"]))
    known = [line for line in args.known if line.startswith(args.name + ": ")]
    new, matched = [], set()
    for _, line in findings:
        hits = [k for k in known if k[len(args.name) + 2:] in line]
        matched.update(hits)
        if hits:
            print("  - known, left to its owner (%s): %s" % (os.path.basename(args.known_file), line), flush=True)
        else:
            new.append(line)
    stale = [k for k in known if k not in matched]
    for line in stale:
        log("%s: no longer found, take it out of %s: %s" % (args.name, args.known_file, line))
    if new:
        log("%s: %d interactive control(s) showing without an accessible name:" % (args.name, len(new)))
        for line in new:
            print("  - " + line, flush=True)
    if new or stale:
        return 1
    log("%s: every interactive control showing has a name" % args.name +
        (" (but %d known, left to its owner)" % len(matched) if matched else ""))
    return 0


def dump_app_log(args):
    try:
        with open(args.report + ".app.log", "rb") as app_log:
            text = app_log.read().decode(errors="replace").strip()
        if text:
            print("--- application output ---\n" + text[-4000:], flush=True)
    except OSError:
        pass


def wait_for_application(pyatspi, process, deadline):
    """The application's accessible root once it and a showing window are on the desktop."""
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError("the application exited (status %s) before it showed up" % process.returncode)
        try:
            desktop = pyatspi.Registry.getDesktop(0)
            for index in range(desktop.childCount):
                application = desktop.getChildAtIndex(index)
                if application is None or application.get_process_id() != process.pid:
                    continue
                for child in range(application.childCount):
                    window = application.getChildAtIndex(child)
                    if window is not None and window.getState().contains(pyatspi.STATE_SHOWING):
                        return application
        except Exception:  # the registry or the application not answering yet
            pass
        time.sleep(0.25)
    raise RuntimeError("the application did not show up on the AT-SPI desktop within 60 s")


def role_sets(pyatspi):
    interactive = {
        pyatspi.ROLE_PUSH_BUTTON, pyatspi.ROLE_TOGGLE_BUTTON, pyatspi.ROLE_CHECK_BOX,
        pyatspi.ROLE_RADIO_BUTTON, pyatspi.ROLE_COMBO_BOX, pyatspi.ROLE_TEXT, pyatspi.ROLE_ENTRY,
        pyatspi.ROLE_PASSWORD_TEXT, pyatspi.ROLE_SPIN_BUTTON, pyatspi.ROLE_SLIDER, pyatspi.ROLE_LIST,
        pyatspi.ROLE_LIST_BOX, pyatspi.ROLE_TABLE, pyatspi.ROLE_TREE, pyatspi.ROLE_TREE_TABLE,
        pyatspi.ROLE_PAGE_TAB, pyatspi.ROLE_LINK, pyatspi.ROLE_MENU_ITEM, pyatspi.ROLE_MENU,
        pyatspi.ROLE_CHECK_MENU_ITEM, pyatspi.ROLE_RADIO_MENU_ITEM,
    }
    # Their children are rows, cells and headers (thousands in a list of requests): named by
    # their data, not by the developer; the walk does not go into them.
    item_views = {pyatspi.ROLE_LIST, pyatspi.ROLE_LIST_BOX, pyatspi.ROLE_TABLE, pyatspi.ROLE_TREE,
                  pyatspi.ROLE_TREE_TABLE}
    menu_roles = {pyatspi.ROLE_MENU_ITEM, pyatspi.ROLE_MENU, pyatspi.ROLE_CHECK_MENU_ITEM,
                  pyatspi.ROLE_RADIO_MENU_ITEM}
    return interactive, item_views, menu_roles


def describe(pyatspi, accessible, role_name):
    """Hints to find the control in the code: description (Qt: the tool tip or the placeholder),
    the text it holds, its place on the screen."""
    hints = []
    try:
        description = accessible.description
        if description:
            hints.append("description %r" % description[:80])
    except Exception:
        pass
    try:
        text = accessible.queryText()
        content = text.getText(0, min(text.characterCount, 60))
        if content:
            hints.append("text %r" % content)
    except Exception:
        pass
    try:
        attributes = [a for a in accessible.getAttributes() if not a.startswith("toolkit")]
        if attributes:
            hints.append("attributes " + ", ".join(attributes))
    except Exception:
        pass
    try:
        box = accessible.queryComponent().getExtents(pyatspi.DESKTOP_COORDS)
        hints.append("at %d,%d size %dx%d" % (box.x, box.y, box.width, box.height))
    except Exception:
        pass
    return role_name + (" [" + "; ".join(hints) + "]" if hints else "")


def combo_named_by_value_only(pyatspi, combo, name):
    """True when a combo box's name is only its current value and no label names it.

    On Linux, Qt reports the current text of a combo box as its name (setAccessibleName is not
    reported at all); what a screen reader says of the combo box's purpose comes from the
    "labelled by" relation, i.e. a QLabel whose buddy it is."""
    try:
        for relation in combo.getRelationSet():
            if relation.getRelationType() == pyatspi.RELATION_LABELLED_BY and relation.getNTargets() > 0:
                return False
    except Exception:
        pass
    values = set()
    try:
        for index in range(combo.childCount):
            child = combo.getChildAtIndex(index)
            if child is None:
                continue
            if child.getRole() == pyatspi.ROLE_TEXT:          # editable: the text typed
                text = child.queryText()
                values.add(text.getText(0, text.characterCount).strip())
            else:                                              # the popup list's items
                for item in range(min(child.childCount, 200)):
                    entry = child.getChildAtIndex(item)
                    if entry is not None:
                        values.add((entry.name or "").strip())
    except Exception:
        pass
    return name in values


def audit(pyatspi, application, dump=False):
    """Walks the application's tree: (findings, seen). A finding is (description, line)."""
    interactive, item_views, menu_roles = role_sets(pyatspi)
    findings, seen = [], {"objects": 0, "interactive": 0, "named": []}

    def step(accessible, path, parent_role, depth):
        if accessible is None or depth > 60:
            return
        seen["objects"] += 1
        try:
            role = accessible.getRole()
            role_name = accessible.getRoleName()
            name = (accessible.name or "").strip()
            showing = accessible.getState().contains(pyatspi.STATE_SHOWING)
            description = accessible.description or ""
        except Exception:
            return  # gone while walking (a tool tip, a closing popup)
        if dump:
            print("%s%s %r%s" % ("  " * depth, role_name, name, "" if showing else " (not showing)"), flush=True)
        label = "%s %r" % (role_name, name) if name else role_name
        here = path + [label]
        checked = role in interactive and showing
        if role in menu_roles and parent_role != pyatspi.ROLE_MENU_BAR:
            checked = False  # menu items inside closed menus: only the menu bar's own are on show
        if checked:
            seen["interactive"] += 1
            problem = None
            if not name:
                problem = "no name"
            elif role == pyatspi.ROLE_COMBO_BOX and combo_named_by_value_only(pyatspi, accessible, name):
                problem = "named only by its value %r: give it a buddy label" % name
            if problem:
                findings.append((description, " > ".join(path[-5:] + [describe(pyatspi, accessible, role_name)])
                                 + ": " + problem))
            else:
                seen["named"].append(description)
        # Not into item views (rows and cells, named by their data: thousands in the requests),
        # nor combo boxes (their popup list and editor: the combo box speaks for them), nor the
        # menus of the menu bar (closed).
        if role in item_views or role == pyatspi.ROLE_COMBO_BOX or (
                role in menu_roles and parent_role == pyatspi.ROLE_MENU_BAR):
            return
        try:
            count = accessible.childCount
        except Exception:
            return
        for index in range(count):
            try:
                child = accessible.getChildAtIndex(index)
            except Exception:
                continue
            step(child, here, role, depth + 1)

    for index in range(application.childCount):
        step(application.getChildAtIndex(index), [], None, 0)
    return findings, seen


def find(pyatspi, accessible, role, name, depth=0):
    """The first showing object of that role whose name is `name` or starts with it."""
    if accessible is None or depth > 60:
        return None
    try:
        if (accessible.getRole() == role and (accessible.name or "").startswith(name)
                and (role == pyatspi.ROLE_MENU_ITEM or accessible.getState().contains(pyatspi.STATE_SHOWING))):
            return accessible
        if accessible.getRole() in (pyatspi.ROLE_TABLE, pyatspi.ROLE_LIST, pyatspi.ROLE_TREE,
                                    pyatspi.ROLE_TREE_TABLE, pyatspi.ROLE_COMBO_BOX):
            return None
        for index in range(accessible.childCount):
            found = find(pyatspi, accessible.getChildAtIndex(index), role, name, depth + 1)
            if found is not None:
                return found
    except Exception:
        pass
    return None


def windows(application):
    return [application.getChildAtIndex(i) for i in range(application.childCount)]


def act(accessible):
    action = accessible.queryAction()
    names = [action.getName(i) for i in range(action.nActions)]
    action.doAction(names.index("Press") if "Press" in names else 0)


def run_step(pyatspi, application, step, dump):
    """Does one step, walks the application again, undoes the step: (findings, counts)."""
    kind, target = step[0], step[1]
    label = {"type": "after typing %r in %r" % (step[2] if len(step) > 2 else "", target),
             "press": "after pressing %r" % target, "toggle": "after pressing %r" % target,
             "menu": "after choosing the menu item %r" % target}[kind]
    role = {"type": pyatspi.ROLE_TEXT, "press": pyatspi.ROLE_PUSH_BUTTON, "toggle": pyatspi.ROLE_CHECK_BOX,
            "menu": pyatspi.ROLE_MENU_ITEM}[kind]
    if kind == "toggle" and find(pyatspi, application, role, target) is None:
        role = pyatspi.ROLE_TOGGLE_BUTTON
    control = find(pyatspi, application, role, target)
    if control is None:
        what = {"type": "text field", "menu": "menu item"}.get(kind, "button")
        raise RuntimeError("step %s: there is no %s %r on show" % (label, what, target))
    before = len(windows(application))
    if kind == "type":
        control.queryEditableText().setTextContents(step[2])
    else:
        act(control)
    time.sleep(1.2)  # searches and dialogs fill in
    if dump:
        print("--- %s" % label, flush=True)
    findings, counted = audit(pyatspi, application, dump)
    findings = [(d, label + ": " + line) for d, line in findings]
    # Undo: the text cleared, the toggle back, the dialog that opened closed.
    if kind == "type":
        control.queryEditableText().setTextContents("")
    elif kind == "toggle":
        act(control)
    opened = windows(application)[before:]
    if kind in ("press", "menu") and not opened:
        raise RuntimeError("step %s: no window opened" % label)
    for window in opened:
        close = find(pyatspi, window, pyatspi.ROLE_PUSH_BUTTON, "Cancel") or find(
            pyatspi, window, pyatspi.ROLE_PUSH_BUTTON, "Close")
        if close is None:
            raise RuntimeError("step %s: the window %r has no Cancel or Close button" % (label, window.name))
        act(close)
    deadline = time.monotonic() + 5
    while len(windows(application)) > before and time.monotonic() < deadline:
        time.sleep(0.1)
    time.sleep(0.3)
    return findings, counted


def check_selftest(findings, seen):
    flagged = {description for description, _ in findings}
    named = set(seen["named"])
    problems = []
    for tag in sorted(SELFTEST_MUST_FLAG - flagged):
        problems.append("the unnamed control %s was not reported" % tag)
    for tag in sorted(flagged - SELFTEST_MUST_FLAG):
        problems.append("the control %r was reported but it has a name or is hidden" % tag)
    for tag in sorted(SELFTEST_MUST_PASS - named):
        problems.append("the named control %s was not seen with its name" % tag)
    for tag in sorted(tag for tag in named if tag.startswith("probe:hidden")):
        problems.append("the hidden control %s was checked" % tag)
    log("self-test: %d reported:" % len(findings))
    for _, line in findings:
        print("  - " + line, flush=True)
    if problems:
        for problem in problems:
            log("self-test FAILED: " + problem)
        return 1
    log("self-test passed: the unnamed controls were reported, the named (also by a buddy label) and "
        "hidden ones were not")
    return 0


# --- main -----------------------------------------------------------------------------------------

def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--guichet", help="the guichet executable")
    parser.add_argument("--cli", help="the guichet-cli executable (makes the demo store)")
    parser.add_argument("--area", action="append", choices=AREAS, help="audit only this area (repeatable)")
    parser.add_argument("--selftest", metavar="PROBE", help="audit the probe program and expect its unnamed controls")
    parser.add_argument("--work-dir", help="keep the stores and logs here (default: a temporary folder)")
    parser.add_argument("--timeout", type=int, default=70, help="seconds allowed per program (default 70)")
    parser.add_argument("--dump", action="store_true", help="print the accessible tree walked")
    parser.add_argument("--known", dest="known_file", metavar="FILE",
                        help="findings left to their owner, one piece of message a line (see known_unnamed.txt)")
    parser.add_argument("--inner", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--inner-selftest", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--report", help=argparse.SUPPRESS)
    parser.add_argument("--name", help=argparse.SUPPRESS)
    parser.add_argument("app", nargs="*", help=argparse.SUPPRESS)
    args = parser.parse_args()

    args.known = []
    if args.known_file:
        with open(args.known_file, encoding="utf-8") as known:
            args.known = [line.strip() for line in known if line.strip() and not line.startswith("#")]
    if args.inner:
        return inner(args)
    if not args.selftest and not (args.guichet and args.cli):
        parser.error("give --guichet and --cli, or --selftest PROBE")

    missing = missing_tools()
    if missing:
        message = "cannot audit without: " + "; ".join(missing)
        if running_in_ci():
            log(message + " (CI is set: failing rather than skipping)")
            return 1
        log("SKIPPED: " + message)
        return SKIP

    work = args.work_dir or tempfile.mkdtemp(prefix="guichet-atspi.")
    os.makedirs(work, exist_ok=True)
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))  # CTest's timeout: clean up on the way out
    xvfb = None
    try:
        xvfb, display = start_xvfb()
        log("Xvfb on %s" % display)
        if args.selftest:
            status, output = run_target(display, work, "selftest", [os.path.abspath(args.selftest)], True,
                                        args.timeout)
            print(output, end="", flush=True)
            return status
        store = make_store(os.path.abspath(args.cli), work)
        failed = []
        for area in args.area or AREAS:
            app = [os.path.abspath(args.guichet), "--store", copy_store(store, work, area), "--now", NOW,
                   "--no-sync", "--no-demo", "--area", area, "--lang", "en"]
            status, output = run_target(display, work, area, app, False, args.timeout, args.dump,
                                        args.known_file)
            print(output, end="", flush=True)
            if status != 0:
                failed.append(area)
        if failed:
            log("FAILED: " + ", ".join(failed))
            return 1
        log("passed: " + ", ".join(args.area or AREAS))
        return 0
    except Exception as error:
        log("the audit could not run: %s" % error)
        return 1
    finally:
        if xvfb is not None:
            xvfb.end()
        if not args.work_dir:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
