/* plx-preferences-window.c: the preferences, over the GSettings schema
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "plx-preferences-window.h"

struct _PlxPreferencesWindow
{
  AdwPreferencesWindow  parent_instance;

  GSettings            *settings;

  /* Template widgets */
  AdwComboRow          *palette_row;
  GtkScale             *text_scale;
  GtkAdjustment        *text_scale_adjustment;
  GtkSpinButton        *threshold_spin;
  GtkAdjustment        *threshold_adjustment;
  GtkSwitch            *boilerplate_switch;
  GtkSwitch            *copies_switch;
};

G_DEFINE_FINAL_TYPE (PlxPreferencesWindow, plx_preferences_window, ADW_TYPE_PREFERENCES_WINDOW)

enum {
  PROP_0,
  PROP_SETTINGS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* The values of the palette key, in the order of the combo row's items. */
static const char *palettes[] = {
  "default",
  "colour-blind",
};

static gboolean
palette_get_mapping (GValue   *value,
                     GVariant *variant,
                     gpointer  user_data)
{
  const char *palette = g_variant_get_string (variant, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (palettes); i++)
    {
      if (g_str_equal (palette, palettes[i]))
        {
          g_value_set_uint (value, i);
          return TRUE;
        }
    }

  g_value_set_uint (value, 0);

  return TRUE;
}

static GVariant *
palette_set_mapping (const GValue       *value,
                     const GVariantType *expected_type,
                     gpointer            user_data)
{
  guint selected = g_value_get_uint (value);

  if (selected >= G_N_ELEMENTS (palettes))
    return NULL;

  return g_variant_new_string (palettes[selected]);
}

static char *
text_scale_format_cb (GtkScale *scale,
                      double    value,
                      gpointer  user_data)
{
  /* Translators: a text size as a percentage of the normal size,
   * "120%"; write %% for the percent sign
   */
  return g_strdup_printf (_("%d%%"), (int) (value * 100.0 + 0.5));
}

static gboolean
settings_has_key (GSettings  *settings,
                  const char *key)
{
  g_autoptr(GSettingsSchema) schema = NULL;

  g_object_get (settings, "settings-schema", &schema, NULL);

  return g_settings_schema_has_key (schema, key);
}

/* Binds @key, if the schema has it; a row whose key it lacks is off. */
static void
bind_setting (PlxPreferencesWindow *self,
              const char           *key,
              gpointer              object,
              const char           *property,
              GtkWidget            *row)
{
  if (!settings_has_key (self->settings, key))
    {
      gtk_widget_set_sensitive (row, FALSE);
      return;
    }

  g_settings_bind (self->settings, key, object, property, G_SETTINGS_BIND_DEFAULT);
}

static GtkWidget *
row_of (GtkWidget *widget)
{
  return gtk_widget_get_ancestor (widget, ADW_TYPE_PREFERENCES_ROW);
}

static void
plx_preferences_window_constructed (GObject *object)
{
  PlxPreferencesWindow *self = (PlxPreferencesWindow *)object;

  G_OBJECT_CLASS (plx_preferences_window_parent_class)->constructed (object);

  g_assert (G_IS_SETTINGS (self->settings));

  if (settings_has_key (self->settings, "palette"))
    g_settings_bind_with_mapping (self->settings, "palette",
                                  self->palette_row, "selected",
                                  G_SETTINGS_BIND_DEFAULT,
                                  palette_get_mapping,
                                  palette_set_mapping,
                                  NULL, NULL);
  else
    gtk_widget_set_sensitive (GTK_WIDGET (self->palette_row), FALSE);

  bind_setting (self, "text-scale", self->text_scale_adjustment, "value",
                row_of (GTK_WIDGET (self->text_scale)));
  bind_setting (self, "similarity-threshold", self->threshold_adjustment, "value",
                row_of (GTK_WIDGET (self->threshold_spin)));
  bind_setting (self, "show-boilerplate", self->boilerplate_switch, "active",
                row_of (GTK_WIDGET (self->boilerplate_switch)));
  bind_setting (self, "show-copies", self->copies_switch, "active",
                row_of (GTK_WIDGET (self->copies_switch)));
}

static void
plx_preferences_window_dispose (GObject *object)
{
  PlxPreferencesWindow *self = (PlxPreferencesWindow *)object;

  gtk_widget_dispose_template (GTK_WIDGET (self), PLX_TYPE_PREFERENCES_WINDOW);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (plx_preferences_window_parent_class)->dispose (object);
}

static void
plx_preferences_window_get_property (GObject    *object,
                                     guint       prop_id,
                                     GValue     *value,
                                     GParamSpec *pspec)
{
  PlxPreferencesWindow *self = PLX_PREFERENCES_WINDOW (object);

  switch (prop_id)
    {
    case PROP_SETTINGS:
      g_value_set_object (value, self->settings);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
plx_preferences_window_set_property (GObject      *object,
                                     guint         prop_id,
                                     const GValue *value,
                                     GParamSpec   *pspec)
{
  PlxPreferencesWindow *self = PLX_PREFERENCES_WINDOW (object);

  switch (prop_id)
    {
    case PROP_SETTINGS:
      self->settings = g_value_dup_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
plx_preferences_window_class_init (PlxPreferencesWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = plx_preferences_window_constructed;
  object_class->dispose = plx_preferences_window_dispose;
  object_class->get_property = plx_preferences_window_get_property;
  object_class->set_property = plx_preferences_window_set_property;

  /**
   * PlxPreferencesWindow:settings:
   *
   * The settings of the io.github.newsparallax.Parallax schema that
   * the rows change.
   */
  properties[PROP_SETTINGS] =
    g_param_spec_object ("settings", NULL, NULL,
                         G_TYPE_SETTINGS,
                         (G_PARAM_READWRITE |
                          G_PARAM_CONSTRUCT_ONLY |
                          G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/newsparallax/Parallax/ui/plx-preferences-window.ui");
  gtk_widget_class_bind_template_child (widget_class, PlxPreferencesWindow, palette_row);
  gtk_widget_class_bind_template_child (widget_class, PlxPreferencesWindow, text_scale);
  gtk_widget_class_bind_template_child (widget_class, PlxPreferencesWindow, text_scale_adjustment);
  gtk_widget_class_bind_template_child (widget_class, PlxPreferencesWindow, threshold_spin);
  gtk_widget_class_bind_template_child (widget_class, PlxPreferencesWindow, threshold_adjustment);
  gtk_widget_class_bind_template_child (widget_class, PlxPreferencesWindow, boilerplate_switch);
  gtk_widget_class_bind_template_child (widget_class, PlxPreferencesWindow, copies_switch);
}

static void
plx_preferences_window_init (PlxPreferencesWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  gtk_scale_set_format_value_func (self->text_scale, text_scale_format_cb, NULL, NULL);
}

/**
 * plx_preferences_window_new:
 * @settings: the settings of Parallax's schema
 *
 * Returns: (transfer none): a new preferences window
 */
GtkWidget *
plx_preferences_window_new (GSettings *settings)
{
  g_return_val_if_fail (G_IS_SETTINGS (settings), NULL);

  return g_object_new (PLX_TYPE_PREFERENCES_WINDOW,
                       "settings", settings,
                       NULL);
}
