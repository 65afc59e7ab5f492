/* main.c: the entry point of parallax, the window
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>

#include "plx-application.h"

/* The translations: installed ones, or those of the build tree when
 * the program runs from there (./_build/src/ui/parallax), as the sample
 * corpus is found.
 */
static const char *
locale_dir (void)
{
  g_autofree char *program = g_file_read_link ("/proc/self/exe", NULL);

  if (program != NULL && g_str_has_prefix (program, PLX_BUILD_ROOT G_DIR_SEPARATOR_S))
    return PLX_BUILD_LOCALEDIR;

  return LOCALEDIR;
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(PlxApplication) app = NULL;

  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, locale_dir ());
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  /* The X11 WM_CLASS and the desktop file's StartupWMClass. */
  g_set_prgname ("parallax");
  g_set_application_name (_("Parallax"));

  app = plx_application_new ();

  return g_application_run (G_APPLICATION (app), argc, argv);
}
