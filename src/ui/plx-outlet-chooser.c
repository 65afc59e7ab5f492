/* plx-outlet-chooser.c: a searchable list of a corpus's outlets, to
 * show or hide their columns or to pick the one the rows follow
 *
 * A corpus may have hundreds of outlets (ecbplus has 772): a menu item
 * each made the menus slow to build and long to scroll through. The
 * list is virtualised, filtered as the user types, and its rows are
 * bound to the same actions the menu items were: outlet.show-N, a
 * boolean state per outlet, or win.pivot with the article's id.
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "plx-article.h"
#include "plx-outlet-chooser.h"

struct _PlxOutletChooser
{
  GtkWidget           parent_instance;

  gboolean            pivot;      /* one outlet to align to, not many shown */
  GHashTable         *positions;  /* article -> its position in the corpus, + 1 */
  GtkStringFilter    *filter;
  GtkFilterListModel *shown;      /* of PlxArticle */
  guint               focus_id;   /* focuses the search once shown */

  /* Template widgets */
  GtkSearchEntry     *search_entry;
  GtkLabel           *empty_label;
  GtkWidget          *scroller;
  GtkListView        *list_view;
};

G_DEFINE_FINAL_TYPE (PlxOutletChooser, plx_outlet_chooser, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_PIVOT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static char *
article_display_name (PlxArticle *article,
                      gpointer    user_data)
{
  return g_strdup (plx_article_get_display_name (article));
}

/* The action of a row, and its target; FALSE for an item not of the
 * corpus.
 */
static gboolean
plx_outlet_chooser_get_action (PlxOutletChooser  *self,
                               PlxArticle        *article,
                               char             **action_name,
                               GVariant         **target)
{
  guint position = GPOINTER_TO_UINT (g_hash_table_lookup (self->positions, article));

  if (position == 0)
    return FALSE;

  if (self->pivot)
    {
      *action_name = g_strdup ("win.pivot");
      *target = g_variant_ref_sink (g_variant_new_string (plx_article_get_id (article)));
    }
  else
    {
      *action_name = g_strdup_printf ("outlet.show-%u", position - 1);
      *target = NULL;
    }

  return TRUE;
}

static void
plx_outlet_chooser_setup_cb (GtkSignalListItemFactory *factory,
                             GtkListItem              *list_item,
                             PlxOutletChooser         *self)
{
  GtkWidget *button = gtk_check_button_new ();

  gtk_widget_set_hexpand (button, TRUE);
  gtk_list_item_set_child (list_item, button);
}

static void
plx_outlet_chooser_bind_cb (GtkSignalListItemFactory *factory,
                            GtkListItem              *list_item,
                            PlxOutletChooser         *self)
{
  PlxArticle *article = gtk_list_item_get_item (list_item);
  GtkWidget *button = gtk_list_item_get_child (list_item);
  g_autofree char *action_name = NULL;
  g_autoptr(GVariant) target = NULL;

  gtk_check_button_set_label (GTK_CHECK_BUTTON (button), plx_article_get_display_name (article));
  if (!plx_outlet_chooser_get_action (self, article, &action_name, &target))
    return;

  /* The target first: a check button bound to win.pivot with a
   * string target shows as a radio button.
   */
  gtk_actionable_set_action_target_value (GTK_ACTIONABLE (button), target);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), action_name);
}

static void
plx_outlet_chooser_unbind_cb (GtkSignalListItemFactory *factory,
                              GtkListItem              *list_item,
                              PlxOutletChooser         *self)
{
  GtkWidget *button = gtk_list_item_get_child (list_item);

  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), NULL);
}

static void
plx_outlet_chooser_activate_item (PlxOutletChooser *self,
                                  guint             position)
{
  g_autoptr(PlxArticle) article = g_list_model_get_item (G_LIST_MODEL (self->shown), position);
  g_autofree char *action_name = NULL;
  g_autoptr(GVariant) target = NULL;

  if (article == NULL || !plx_outlet_chooser_get_action (self, article, &action_name, &target))
    return;

  gtk_widget_activate_action_variant (GTK_WIDGET (self), action_name, target);
}

/* Enter on a row toggles its outlet, or aligns to it. */
static void
plx_outlet_chooser_activate_cb (PlxOutletChooser *self,
                                guint             position,
                                GtkListView      *list_view)
{
  plx_outlet_chooser_activate_item (self, position);
}

/* Enter in the search: the first outlet found, as typed. */
static void
plx_outlet_chooser_search_activate_cb (PlxOutletChooser *self,
                                       GtkSearchEntry   *entry)
{
  plx_outlet_chooser_activate_item (self, 0);
}

/* A search that finds nothing says so, rather than leave a blank. */
static void
plx_outlet_chooser_shown_changed_cb (PlxOutletChooser *self)
{
  gboolean found = g_list_model_get_n_items (G_LIST_MODEL (self->shown)) > 0;

  if (self->scroller == NULL)
    return;

  gtk_widget_set_visible (self->scroller, found);
  gtk_widget_set_visible (GTK_WIDGET (self->empty_label), !found);
}

static void
plx_outlet_chooser_search_changed_cb (PlxOutletChooser *self,
                                      GtkSearchEntry   *entry)
{
  gtk_string_filter_set_search (self->filter, gtk_editable_get_text (GTK_EDITABLE (entry)));
}

/* Down from the search goes to the list, as in GTK's own choosers. */
static gboolean
plx_outlet_chooser_search_key_cb (PlxOutletChooser      *self,
                                  guint                  keyval,
                                  guint                  keycode,
                                  GdkModifierType        state,
                                  GtkEventControllerKey *controller)
{
  if (keyval != GDK_KEY_Down && keyval != GDK_KEY_KP_Down)
    return FALSE;

  return gtk_widget_child_focus (GTK_WIDGET (self->list_view), GTK_DIR_TAB_FORWARD);
}

static gboolean
plx_outlet_chooser_focus_search_cb (gpointer data)
{
  PlxOutletChooser *self = data;

  self->focus_id = 0;
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));

  return G_SOURCE_REMOVE;
}

/* Shown, as its submenu opens: ready for a name to be typed. The menu
 * focuses the submenu's first item (its title) once it is shown, so
 * the search takes the focus after that.
 */
static void
plx_outlet_chooser_map (GtkWidget *widget)
{
  PlxOutletChooser *self = PLX_OUTLET_CHOOSER (widget);

  GTK_WIDGET_CLASS (plx_outlet_chooser_parent_class)->map (widget);

  if (self->focus_id == 0)
    self->focus_id = g_idle_add (plx_outlet_chooser_focus_search_cb, self);
}

static void
plx_outlet_chooser_unmap (GtkWidget *widget)
{
  PlxOutletChooser *self = PLX_OUTLET_CHOOSER (widget);

  g_clear_handle_id (&self->focus_id, g_source_remove);

  GTK_WIDGET_CLASS (plx_outlet_chooser_parent_class)->unmap (widget);
}

/**
 * plx_outlet_chooser_set_corpus:
 * @self: a #PlxOutletChooser
 * @corpus: (nullable): the corpus whose outlets to list
 */
void
plx_outlet_chooser_set_corpus (PlxOutletChooser *self,
                               PlxCorpus        *corpus)
{
  guint n_articles = 0;

  g_return_if_fail (PLX_IS_OUTLET_CHOOSER (self));
  g_return_if_fail (corpus == NULL || PLX_IS_CORPUS (corpus));

  g_hash_table_remove_all (self->positions);
  if (corpus != NULL)
    n_articles = g_list_model_get_n_items (G_LIST_MODEL (corpus));
  for (guint i = 0; i < n_articles; i++)
    g_hash_table_insert (self->positions, plx_corpus_get_article (corpus, i), GUINT_TO_POINTER (i + 1));

  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  gtk_filter_list_model_set_model (self->shown, G_LIST_MODEL (corpus));
}

static void
plx_outlet_chooser_dispose (GObject *object)
{
  PlxOutletChooser *self = (PlxOutletChooser *)object;
  GtkWidget *child;

  g_clear_handle_id (&self->focus_id, g_source_remove);
  if (self->list_view != NULL)
    gtk_list_view_set_model (self->list_view, NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), PLX_TYPE_OUTLET_CHOOSER);

  /* GTK 4.8 only lets go of the children bound to fields. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);

  g_clear_object (&self->shown);
  g_clear_pointer (&self->positions, g_hash_table_unref);

  G_OBJECT_CLASS (plx_outlet_chooser_parent_class)->dispose (object);
}

static void
plx_outlet_chooser_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  PlxOutletChooser *self = PLX_OUTLET_CHOOSER (object);

  switch (prop_id)
    {
    case PROP_PIVOT:
      g_value_set_boolean (value, self->pivot);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
plx_outlet_chooser_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  PlxOutletChooser *self = PLX_OUTLET_CHOOSER (object);

  switch (prop_id)
    {
    case PROP_PIVOT:
      self->pivot = g_value_get_boolean (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
plx_outlet_chooser_class_init (PlxOutletChooserClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = plx_outlet_chooser_dispose;
  object_class->get_property = plx_outlet_chooser_get_property;
  object_class->set_property = plx_outlet_chooser_set_property;

  widget_class->map = plx_outlet_chooser_map;
  widget_class->unmap = plx_outlet_chooser_unmap;

  /**
   * PlxOutletChooser:pivot:
   *
   * Whether the chooser picks the one article the rows are aligned to
   * (win.pivot), rather than the outlets shown (outlet.show-N).
   */
  properties[PROP_PIVOT] =
    g_param_spec_boolean ("pivot", NULL, NULL,
                          FALSE,
                          (G_PARAM_READWRITE |
                           G_PARAM_CONSTRUCT_ONLY |
                           G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/newsparallax/Parallax/ui/plx-outlet-chooser.ui");
  gtk_widget_class_bind_template_child (widget_class, PlxOutletChooser, search_entry);
  gtk_widget_class_bind_template_child (widget_class, PlxOutletChooser, empty_label);
  gtk_widget_class_bind_template_child (widget_class, PlxOutletChooser, scroller);
  gtk_widget_class_bind_template_child (widget_class, PlxOutletChooser, list_view);
  gtk_widget_class_bind_template_callback (widget_class, plx_outlet_chooser_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, plx_outlet_chooser_search_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, plx_outlet_chooser_search_changed_cb);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BOX_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "outletchooser");
}

static void
plx_outlet_chooser_init (PlxOutletChooser *self)
{
  g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();
  GtkEventController *keys = gtk_event_controller_key_new ();
  GtkLayoutManager *layout;

  gtk_widget_init_template (GTK_WIDGET (self));

  layout = gtk_widget_get_layout_manager (GTK_WIDGET (self));
  gtk_orientable_set_orientation (GTK_ORIENTABLE (layout), GTK_ORIENTATION_VERTICAL);
  gtk_box_layout_set_spacing (GTK_BOX_LAYOUT (layout), 6);

  self->positions = g_hash_table_new (NULL, NULL);
  self->filter = gtk_string_filter_new (gtk_cclosure_expression_new (G_TYPE_STRING, NULL, 0, NULL,
                                                                     G_CALLBACK (article_display_name),
                                                                     NULL, NULL));
  gtk_string_filter_set_match_mode (self->filter, GTK_STRING_FILTER_MATCH_MODE_SUBSTRING);
  gtk_string_filter_set_ignore_case (self->filter, TRUE);
  self->shown = gtk_filter_list_model_new (NULL, GTK_FILTER (self->filter));
  g_signal_connect_object (self->shown, "items-changed",
                           G_CALLBACK (plx_outlet_chooser_shown_changed_cb),
                           self, G_CONNECT_SWAPPED);

  g_signal_connect (factory, "setup", G_CALLBACK (plx_outlet_chooser_setup_cb), self);
  g_signal_connect (factory, "bind", G_CALLBACK (plx_outlet_chooser_bind_cb), self);
  g_signal_connect (factory, "unbind", G_CALLBACK (plx_outlet_chooser_unbind_cb), self);
  gtk_list_view_set_factory (self->list_view, factory);
  gtk_list_view_set_model (self->list_view,
                           GTK_SELECTION_MODEL (gtk_no_selection_new (g_object_ref (G_LIST_MODEL (self->shown)))));

  g_signal_connect_object (keys, "key-pressed", G_CALLBACK (plx_outlet_chooser_search_key_cb),
                           self, G_CONNECT_SWAPPED);
  gtk_widget_add_controller (GTK_WIDGET (self->search_entry), keys);
}

/**
 * plx_outlet_chooser_new:
 * @pivot: whether to pick the article the rows are aligned to, rather
 *   than the outlets shown
 *
 * Returns: (transfer floating): a new chooser, listing no outlets yet
 */
GtkWidget *
plx_outlet_chooser_new (gboolean pivot)
{
  return g_object_new (PLX_TYPE_OUTLET_CHOOSER, "pivot", pivot, NULL);
}

/* Accessors for the tests */

GtkSearchEntry *
plx_outlet_chooser_get_search_entry (PlxOutletChooser *self)
{
  g_return_val_if_fail (PLX_IS_OUTLET_CHOOSER (self), NULL);

  return self->search_entry;
}

/* Returns: (transfer none): the outlets the search lets through */
GListModel *
plx_outlet_chooser_get_shown (PlxOutletChooser *self)
{
  g_return_val_if_fail (PLX_IS_OUTLET_CHOOSER (self), NULL);

  return G_LIST_MODEL (self->shown);
}

GtkListView *
plx_outlet_chooser_get_list_view (PlxOutletChooser *self)
{
  g_return_val_if_fail (PLX_IS_OUTLET_CHOOSER (self), NULL);

  return self->list_view;
}
