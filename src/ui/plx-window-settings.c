/* plx-window-settings.c: how the preferences change a window, and what
 * it remembers (its size, the corpora it opened), part of PlxWindow
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>

#include <glib/gi18n.h>

#include "plx-preferences-window.h"
#include "plx-window-private.h"

/* The text sizes the zoom shortcuts step through. */
#define TEXT_SCALE_MIN  0.8
#define TEXT_SCALE_MAX  1.6
#define TEXT_SCALE_STEP 0.1

/* How long the threshold must rest before the corpus is aligned again:
 * a spin button held down should not start an alignment per step.
 */
#define THRESHOLD_DELAY_MS 400

/* The window class of the colour-blind-safe palette (style.css). */
#define PALETTE_CLASS "palette-colour-blind"

#define PLX_SCHEMA_ID "io.github.newsparallax.Parallax"

/* How many paths the recent-corpora setting keeps. */
#define MAX_RECENT_CORPORA 10

/* The schema may be older than the code, or absent: each key is
 * checked before it is read.
 */
static gboolean
plx_window_has_setting (PlxWindow  *self,
                        const char *key)
{
  g_autoptr(GSettingsSchema) schema = NULL;

  if (self->settings == NULL)
    return FALSE;

  g_object_get (self->settings, "settings-schema", &schema, NULL);

  return g_settings_schema_has_key (schema, key);
}

/* What the window remembers: its size, and the corpora it opened. */

GSettings *
plx_window_create_settings (void)
{
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr(GSettingsSchema) schema = NULL;

  /* Uninstalled runs and the tests may have no compiled schema: the
   * window then simply does not remember its size.
   */
  if (source != NULL)
    schema = g_settings_schema_source_lookup (source, PLX_SCHEMA_ID, TRUE);

  if (schema == NULL ||
      !g_settings_schema_has_key (schema, "window-width") ||
      !g_settings_schema_has_key (schema, "window-height") ||
      !g_settings_schema_has_key (schema, "window-maximized"))
    {
      g_debug ("GSettings schema %s not found, window size will not be saved",
               PLX_SCHEMA_ID);
      return NULL;
    }

  return g_settings_new_full (schema, NULL, NULL);
}

void
plx_window_restore_size (PlxWindow *self)
{
  int width;
  int height;

  if (self->settings == NULL)
    return;

  width = g_settings_get_int (self->settings, "window-width");
  height = g_settings_get_int (self->settings, "window-height");

  if (width > 0 && height > 0)
    gtk_window_set_default_size (GTK_WINDOW (self), width, height);

  if (g_settings_get_boolean (self->settings, "window-maximized"))
    gtk_window_maximize (GTK_WINDOW (self));
}

void
plx_window_save_size (PlxWindow *self)
{
  int width;
  int height;

  if (self->settings == NULL)
    return;

  /* The default size follows the unmaximised size as the user resizes. */
  gtk_window_get_default_size (GTK_WINDOW (self), &width, &height);

  /* Not g_settings_delay(): it cannot be left, and would hold back every
   * later change of the window's settings (the preferences) until the
   * next g_settings_apply(). */
  g_settings_set_int (self->settings, "window-width", width);
  g_settings_set_int (self->settings, "window-height", height);
  g_settings_set_boolean (self->settings, "window-maximized",
                          gtk_window_is_maximized (GTK_WINDOW (self)));
}

/* Records a corpus that opened in last-corpus and recent-corpora. */
void
plx_window_remember_location (PlxWindow *self,
                              GFile     *location)
{
  g_autofree char *path = g_file_get_path (location);
  g_autoptr(GStrvBuilder) builder = NULL;
  g_auto(GStrv) recent = NULL;
  g_auto(GStrv) updated = NULL;
  guint n_kept = 1;

  if (path == NULL ||
      !plx_window_has_setting (self, "last-corpus") ||
      !plx_window_has_setting (self, "recent-corpora"))
    return;

  recent = g_settings_get_strv (self->settings, "recent-corpora");
  builder = g_strv_builder_new ();
  g_strv_builder_add (builder, path);
  for (guint i = 0; recent[i] != NULL && n_kept < MAX_RECENT_CORPORA; i++)
    {
      if (g_strcmp0 (recent[i], path) == 0)
        continue;
      g_strv_builder_add (builder, recent[i]);
      n_kept++;
    }
  updated = g_strv_builder_end (builder);

  g_settings_set_string (self->settings, "last-corpus", path);
  g_settings_set_strv (self->settings, "recent-corpora", (const char * const *)updated);
}

/**
 * plx_window_get_threshold:
 * @self: a #PlxWindow
 *
 * Returns: the similarity from which sentences share a row, from the
 *   similarity-threshold setting; 0 for the aligner's own default
 */
double
plx_window_get_threshold (PlxWindow *self)
{
  if (!plx_window_has_setting (self, "similarity-threshold"))
    return 0.0;

  return g_settings_get_double (self->settings, "similarity-threshold");
}

static void
plx_window_apply_palette (PlxWindow *self)
{
  g_autofree char *palette = NULL;

  if (plx_window_has_setting (self, "palette"))
    palette = g_settings_get_string (self->settings, "palette");

  if (g_strcmp0 (palette, "colour-blind") == 0)
    gtk_widget_add_css_class (GTK_WIDGET (self), PALETTE_CLASS);
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self), PALETTE_CLASS);
}

static void
plx_window_load_css (GtkCssProvider *provider,
                     const char     *css)
{
#if GTK_CHECK_VERSION (4, 12, 0)
  /* The version macros cap the API at 4.8; this replaces the call
   * GTK 4.12 deprecated, where it can.
   */
  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  gtk_css_provider_load_from_string (provider, css);
  G_GNUC_END_IGNORE_DEPRECATIONS
#else
  gtk_css_provider_load_from_data (provider, css, -1);
#endif
}

/* The text of the comparison's cells and the article pane's sentences
 * (which share the cells' class): their own sizes are in em, so titles
 * and captions grow with them. The headers and legend keep the
 * desktop's size, as a document's zoom leaves the toolbars alone.
 */
static void
plx_window_apply_text_scale (PlxWindow *self,
                             double     scale)
{
  char number[G_ASCII_DTOSTR_BUF_SIZE];
  g_autofree char *css = NULL;

  /* The schema's range. */
  self->text_scale = CLAMP (scale, 0.5, 3.0);

  g_ascii_formatd (number, sizeof number, "%.3f", self->text_scale);
  css = g_strdup_printf (".comparison-cell, .gutter { font-size: %sem; }", number);
  plx_window_load_css (self->text_scale_provider, css);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.zoom-in",
                                 self->text_scale < TEXT_SCALE_MAX - 0.005);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.zoom-out",
                                 self->text_scale > TEXT_SCALE_MIN + 0.005);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.zoom-reset",
                                 ABS (self->text_scale - 1.0) > 0.005);
}

static void
plx_window_set_text_scale (PlxWindow *self,
                           double     scale)
{
  /* 1.2, not 1.2000000000000002 */
  scale = round (scale * 100.0) / 100.0;

  if (plx_window_has_setting (self, "text-scale"))
    g_settings_set_double (self->settings, "text-scale", scale);
  else
    plx_window_apply_text_scale (self, scale);
}

static gboolean
plx_window_threshold_timeout_cb (gpointer user_data)
{
  PlxWindow *self = user_data;

  self->threshold_timeout_id = 0;

  /* A load in progress reads the threshold when it aligns. */
  if (self->corpus != NULL && self->alignment != NULL && self->cancellable == NULL)
    plx_window_realign (self, *self->pivot != '\0' ? self->pivot : NULL);

  return G_SOURCE_REMOVE;
}

static void
plx_window_settings_changed_cb (PlxWindow  *self,
                                const char *key,
                                GSettings  *settings)
{
  if (g_str_equal (key, "palette"))
    plx_window_apply_palette (self);
  else if (g_str_equal (key, "text-scale"))
    plx_window_apply_text_scale (self, g_settings_get_double (settings, key));
  else if (g_str_equal (key, "show-copies"))
    {
      plx_comparison_view_set_show_copies (self->comparison_view, g_settings_get_boolean (settings, key));
      plx_window_update_outlet_actions (self);
    }
  else if (g_str_equal (key, "similarity-threshold"))
    {
      g_clear_handle_id (&self->threshold_timeout_id, g_source_remove);
      self->threshold_timeout_id = g_timeout_add (THRESHOLD_DELAY_MS,
                                                  plx_window_threshold_timeout_cb,
                                                  self);
    }
}

static void
plx_window_zoom_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  PlxWindow *self = PLX_WINDOW (widget);

  if (g_str_equal (action_name, "win.zoom-in"))
    plx_window_set_text_scale (self, MIN (self->text_scale + TEXT_SCALE_STEP, TEXT_SCALE_MAX));
  else if (g_str_equal (action_name, "win.zoom-out"))
    plx_window_set_text_scale (self, MAX (self->text_scale - TEXT_SCALE_STEP, TEXT_SCALE_MIN));
  else
    plx_window_set_text_scale (self, 1.0);
}

static void
plx_window_preferences_action (GtkWidget  *widget,
                               const char *action_name,
                               GVariant   *parameter)
{
  PlxWindow *self = PLX_WINDOW (widget);

  if (self->preferences != NULL)
    {
      gtk_window_present (self->preferences);
      return;
    }

  if (self->settings == NULL)
    {
      /* Translators: a toast, when the settings schema is missing, as in
       * a build that is run without being installed
       */
      adw_toast_overlay_add_toast (self->toast_overlay,
                                   adw_toast_new (_("Preferences need Parallax to be installed")));
      return;
    }

  self->preferences = GTK_WINDOW (plx_preferences_window_new (self->settings));
  g_object_add_weak_pointer (G_OBJECT (self->preferences), (gpointer *)&self->preferences);
  gtk_window_set_transient_for (self->preferences, GTK_WINDOW (self));
  gtk_window_present (self->preferences);
}

void
plx_window_settings_class_init (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.preferences", NULL, plx_window_preferences_action);
  gtk_widget_class_install_action (widget_class, "win.zoom-in", NULL, plx_window_zoom_action);
  gtk_widget_class_install_action (widget_class, "win.zoom-out", NULL, plx_window_zoom_action);
  gtk_widget_class_install_action (widget_class, "win.zoom-reset", NULL, plx_window_zoom_action);
}

/**
 * plx_window_settings_init:
 * @self: a #PlxWindow
 *
 * Applies the preferences, and follows their changes: the palette, the
 * text size, the boilerplate in the article pane, and the similarity
 * threshold, which aligns the corpus shown again.
 */
void
plx_window_settings_init (PlxWindow *self)
{
  self->text_scale_provider = gtk_css_provider_new ();
  /* Above style.css, which the application loads. */
  gtk_style_context_add_provider_for_display (gtk_widget_get_display (GTK_WIDGET (self)),
                                              GTK_STYLE_PROVIDER (self->text_scale_provider),
                                              GTK_STYLE_PROVIDER_PRIORITY_APPLICATION + 1);

  if (self->settings != NULL)
    {
      /* GSettings only reports a change of a key read since. */
      g_signal_connect_object (self->settings, "changed",
                               G_CALLBACK (plx_window_settings_changed_cb),
                               self, G_CONNECT_SWAPPED);
      if (plx_window_has_setting (self, "similarity-threshold"))
        plx_window_get_threshold (self);
      if (plx_window_has_setting (self, "show-copies"))
        plx_comparison_view_set_show_copies (self->comparison_view,
                                             g_settings_get_boolean (self->settings, "show-copies"));
      if (plx_window_has_setting (self, "show-boilerplate"))
        g_settings_bind (self->settings, "show-boilerplate",
                         self->article_view, "show-boilerplate",
                         G_SETTINGS_BIND_GET);
    }

  plx_window_apply_palette (self);
  if (plx_window_has_setting (self, "text-scale"))
    plx_window_apply_text_scale (self, g_settings_get_double (self->settings, "text-scale"));
  else
    plx_window_apply_text_scale (self, 1.0);
}

void
plx_window_settings_dispose (PlxWindow *self)
{
  g_clear_handle_id (&self->threshold_timeout_id, g_source_remove);

  if (self->preferences != NULL)
    {
      g_object_remove_weak_pointer (G_OBJECT (self->preferences), (gpointer *)&self->preferences);
      gtk_window_destroy (self->preferences);
      self->preferences = NULL;
    }

  if (self->text_scale_provider != NULL)
    {
      gtk_style_context_remove_provider_for_display (gtk_widget_get_display (GTK_WIDGET (self)),
                                                     GTK_STYLE_PROVIDER (self->text_scale_provider));
      g_clear_object (&self->text_scale_provider);
    }
}

/* For the tests, see plx-window-private.h */

double
plx_window_get_text_scale (PlxWindow *self)
{
  g_return_val_if_fail (PLX_IS_WINDOW (self), 1.0);

  return self->text_scale;
}
