/* main.c: the entry point of parallax, the window
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>

#include "plx-application.h"

int
main (int   argc,
      char *argv[])
{
  g_autoptr(PlxApplication) app = NULL;

  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  /* The X11 WM_CLASS and the desktop file's StartupWMClass. */
  g_set_prgname ("parallax");
  g_set_application_name (_("Parallax"));

  app = plx_application_new ();

  return g_application_run (G_APPLICATION (app), argc, argv);
}
