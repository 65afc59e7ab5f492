/* plx-application.c: the Parallax application
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "plx-application.h"
#include "plx-window.h"

struct _PlxApplication
{
  AdwApplication parent_instance;
};

G_DEFINE_FINAL_TYPE (PlxApplication, plx_application, ADW_TYPE_APPLICATION)

/**
 * plx_application_dup_sample_location:
 *
 * Finds the sample corpus shown when Parallax starts without a corpus:
 * $PARALLAX_SAMPLE_DIR, else the installed copy, else (when run from
 * the build tree) the one in the source tree.
 *
 * Returns: (transfer full) (nullable): the sample corpus folder, or
 *   %NULL if there is none
 */
GFile *
plx_application_dup_sample_location (void)
{
  const char *candidates[] = {
    g_getenv ("PARALLAX_SAMPLE_DIR"),
    PKGDATADIR "/sample",
#ifdef PLX_SOURCE_SAMPLE_DIR
    PLX_SOURCE_SAMPLE_DIR,
#endif
  };

  for (guint i = 0; i < G_N_ELEMENTS (candidates); i++)
    {
      if (candidates[i] != NULL &&
          *candidates[i] != '\0' &&
          g_file_test (candidates[i], G_FILE_TEST_IS_DIR))
        return g_file_new_for_path (candidates[i]);
    }

  return NULL;
}

static PlxWindow *
plx_application_new_window (PlxApplication *self)
{
  return plx_window_new (GTK_APPLICATION (self));
}

static void
plx_application_activate (GApplication *app)
{
  PlxApplication *self = PLX_APPLICATION (app);
  g_autoptr(GFile) sample = NULL;
  GtkWindow *window;

  window = gtk_application_get_active_window (GTK_APPLICATION (self));
  if (window != NULL)
    {
      gtk_window_present (window);
      return;
    }

  window = GTK_WINDOW (plx_application_new_window (self));

  sample = plx_application_dup_sample_location ();
  if (sample != NULL)
    plx_window_open (PLX_WINDOW (window), sample);

  gtk_window_present (window);
}

static void
plx_application_open (GApplication  *app,
                      GFile        **files,
                      int            n_files,
                      const char    *hint)
{
  PlxApplication *self = PLX_APPLICATION (app);

  for (int i = 0; i < n_files; i++)
    {
      PlxWindow *window = plx_application_new_window (self);

      plx_window_open (window, files[i]);
      gtk_window_present (GTK_WINDOW (window));
    }
}

static void
plx_application_quit_action (GSimpleAction *action,
                             GVariant      *parameter,
                             gpointer       user_data)
{
  PlxApplication *self = user_data;
  GList *windows;

  /* Closing the windows, rather than g_application_quit(), lets each
   * of them save its size. The application quits with its last window.
   * Closing one may close its dialogs too, hence the list read afresh.
   */
  while ((windows = gtk_application_get_windows (GTK_APPLICATION (self))) != NULL)
    {
      guint n_windows = g_list_length (windows);

      gtk_window_close (windows->data);

      /* A window that refuses to close must not hang the quit. */
      if (g_list_length (gtk_application_get_windows (GTK_APPLICATION (self))) >= n_windows)
        {
          g_application_quit (G_APPLICATION (self));
          break;
        }
    }
}

static void
plx_application_about_action (GSimpleAction *action,
                              GVariant      *parameter,
                              gpointer       user_data)
{
  PlxApplication *self = user_data;
  static const char *developers[] = {
    "The Parallax authors",
    NULL
  };
  GtkWindow *window;

  window = gtk_application_get_active_window (GTK_APPLICATION (self));

  adw_show_about_window (window,
                         "application-name", _("Parallax"),
                         "application-icon", APP_ID,
                         "developer-name", "The Parallax authors",
                         "version", PACKAGE_VERSION,
                         "website", PACKAGE_URL,
                         "issue-url", PACKAGE_URL "/issues",
                         "comments", _("Compare how news outlets report the same story, side by side."),
                         "developers", developers,
                         /* Translators: replace with your names, one a line */
                         "translator-credits", _("translator-credits"),
                         "copyright", "© 2026 The Parallax authors",
                         "license-type", GTK_LICENSE_GPL_3_0,
                         NULL);
}

/* The preferences belong to a window (its settings, its toasts): from
 * the preferences window itself, the one it is transient for.
 */
static void
plx_application_preferences_action (GSimpleAction *action,
                                    GVariant      *parameter,
                                    gpointer       user_data)
{
  PlxApplication *self = user_data;
  GtkWindow *window;

  window = gtk_application_get_active_window (GTK_APPLICATION (self));
  if (window != NULL && !PLX_IS_WINDOW (window))
    window = gtk_window_get_transient_for (window);

  if (window != NULL && PLX_IS_WINDOW (window))
    gtk_widget_activate_action (GTK_WIDGET (window), "win.preferences", NULL);
}

static const GActionEntry app_actions[] = {
  { "quit", plx_application_quit_action, NULL, NULL, NULL, { 0 } },
  { "about", plx_application_about_action, NULL, NULL, NULL, { 0 } },
  { "preferences", plx_application_preferences_action, NULL, NULL, NULL, { 0 } },
};

static void
plx_application_startup (GApplication *app)
{
  PlxApplication *self = PLX_APPLICATION (app);

  /* Also loads style.css and gtk/help-overlay.ui from the resource base path. */
  G_APPLICATION_CLASS (plx_application_parent_class)->startup (app);

  gtk_window_set_default_icon_name (APP_ID);

  g_action_map_add_action_entries (G_ACTION_MAP (self),
                                   app_actions,
                                   G_N_ELEMENTS (app_actions),
                                   self);

  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "app.quit",
                                         (const char *[]) { "<Control>q", NULL });
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "window.close",
                                         (const char *[]) { "<Control>w", NULL });
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "win.open-folder",
                                         (const char *[]) { "<Control>o", NULL });
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "win.open-file",
                                         (const char *[]) { "<Control><Shift>o", NULL });
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "win.add-from-web",
                                         (const char *[]) { "<Control>l", NULL });
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "win.check-updates",
                                         (const char *[]) { "<Control>u", NULL });
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "win.next-difference",
                                         (const char *[]) { "<Alt>Down", NULL });
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "win.previous-difference",
                                         (const char *[]) { "<Alt>Up", NULL });
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "win.show-ledger",
                                         (const char *[]) { "F9", NULL });
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "win.search",
                                         (const char *[]) { "<Control>f", NULL });
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "win.save",
                                         (const char *[]) { "<Control>s", NULL });
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "win.save-as",
                                         (const char *[]) { "<Control><Shift>s", NULL });
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "win.export",
                                         (const char *[]) { "<Control>e", NULL });
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "app.preferences",
                                         (const char *[]) { "<Control>comma", NULL });
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "win.zoom-in",
                                         (const char *[]) { "<Control>plus", "<Control>equal", "<Control>KP_Add", NULL });
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "win.zoom-out",
                                         (const char *[]) { "<Control>minus", "<Control>KP_Subtract", NULL });
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "win.zoom-reset",
                                         (const char *[]) { "<Control>0", "<Control>KP_0", NULL });
}

static void
plx_application_class_init (PlxApplicationClass *klass)
{
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  app_class->activate = plx_application_activate;
  app_class->open = plx_application_open;
  app_class->startup = plx_application_startup;
}

static void
plx_application_init (PlxApplication *self)
{
}

/**
 * plx_application_new:
 *
 * Returns: (transfer full): the application
 */
PlxApplication *
plx_application_new (void)
{
  /* The base path is fixed, so that the .Devel id finds the same resources. */
  return g_object_new (PLX_TYPE_APPLICATION,
                       "application-id", APP_ID,
                       "flags", G_APPLICATION_HANDLES_OPEN,
                       "resource-base-path", "/io/github/newsparallax/Parallax",
                       NULL);
}
