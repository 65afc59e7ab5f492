/* plx-ledger-sidebar.c: the figures and dated events the outlets state
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>

#include <glib/gi18n.h>

#include "plx-article.h"
#include "plx-ledger-sidebar.h"
#include "plx-mention.h"

/* The outlets' colours: style.css defines .outlet-0 to .outlet-7. */
#define N_OUTLET_COLOURS 8

struct _PlxLedgerSidebar
{
  GtkWidget   parent_instance;

  PlxCorpus  *corpus;
  PlxLedger  *ledger;   /* owned by the window, which clears it first */

  /* Template widgets */
  GtkListBox *tariff_list;
  GtkListBox *event_list;
  GtkLabel   *anchor_label;
};

G_DEFINE_FINAL_TYPE (PlxLedgerSidebar, plx_ledger_sidebar, GTK_TYPE_WIDGET)

enum {
  MENTION_ACTIVATED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* The key of a row's mentions, a GArray of PlxMention of the ledger. */
#define MENTIONS_KEY "plx-mentions"

static const char *
figure_kind_label (PlxFigureKind kind)
{
  switch (kind)
    {
    case PLX_FIGURE_TARIFF:
      /* Translators: the kind of a figure in the ledger: a tax on imported
       * goods, usually a percentage rate
       */
      return _("Tariff");
    case PLX_FIGURE_PENALTY:
      /* Translators: the kind of a figure in the ledger: a fine or penalty,
       * an amount of money
       */
      return _("Penalty");
    case PLX_FIGURE_FEE:
      /* Translators: the kind of a figure in the ledger: a charge or levy,
       * an amount of money
       */
      return _("Fee");
    case PLX_FIGURE_TRADE_VOLUME:
      /* Translators: the kind of a figure in the ledger: the value of goods
       * traded
       */
      return _("Trade volume");
    case PLX_FIGURE_OTHER:
    default:
      /* Translators: the kind of a figure in the ledger, when it is none of
       * tariff, penalty, fee or trade volume
       */
      return _("Figure");
    }
}

static const char *
figure_status_label (PlxFigureStatus status)
{
  switch (status)
    {
    case PLX_STATUS_IMPOSED:
      /* Translators: the status of a tariff or figure in the ledger: in
       * force. The statuses are adjectives for a tariff
       */
      return _("Imposed");
    case PLX_STATUS_ANNOUNCED:
      /* Translators: the status of a tariff or figure in the ledger */
      return _("Announced");
    case PLX_STATUS_THREATENED:
      /* Translators: the status of a tariff or figure in the ledger:
       * threatened but not decided
       */
      return _("Threatened");
    case PLX_STATUS_PROPOSED:
      /* Translators: the status of a tariff or figure in the ledger */
      return _("Proposed");
    case PLX_STATUS_DEADLINE:
      /* Translators: the status of a tariff or figure in the ledger: it
       * takes effect if nothing changes by a date
       */
      return _("Tied to a deadline");
    case PLX_STATUS_LIFTED:
      /* Translators: the status of a tariff or figure in the ledger:
       * removed, no longer in force
       */
      return _("Lifted");
    case PLX_STATUS_UNKNOWN:
    default:
      /* Translators: the status of a tariff or figure in the ledger when the
       * articles do not say it
       */
      return _("Status not stated");
    }
}

static const char *
currency_symbol (const char *code)
{
  if (g_strcmp0 (code, "USD") == 0)
    return "$";
  if (g_strcmp0 (code, "EUR") == 0)
    return "€";
  if (g_strcmp0 (code, "GBP") == 0)
    return "£";
  if (g_strcmp0 (code, "INR") == 0)
    return "₹";

  return NULL;
}

/* A number as the user's locale writes it (LC_NUMERIC): its digits
 * (Arabic-Indic or Devanagari where the locale has its own), its
 * grouping ("100,000", "100.000", "1,00,000") and its decimal sign.
 */
static char *
format_number (double value,
               int    decimals)
{
  /* At most @decimals, and no trailing zeros: "2.5", not "2.50". */
  for (int needed = 0; needed < decimals; needed++)
    {
      double scaled = value * pow (10, needed);

      if (fabs (scaled - round (scaled)) < 1e-9)
        {
          decimals = needed;
          break;
        }
    }

  return g_strdup_printf ("%'I.*f", decimals, value);
}

static char *
format_amount (double value)
{
  gint64 whole = (gint64) value;
  g_autofree char *number = NULL;

  if (whole >= 1000000000 && whole % 10000000 == 0)
    {
      number = format_number (value / 1e9, 2);
      /* Translators: an amount of money in billions, "2 billion"; %s is
       * the number, written in the locale's digits
       */
      return g_strdup_printf (_("%s billion"), number);
    }
  if (whole >= 1000000 && whole % 10000 == 0)
    {
      number = format_number (value / 1e6, 2);
      /* Translators: an amount of money in millions, "3.5 million" */
      return g_strdup_printf (_("%s million"), number);
    }

  /* The ledger's amounts are whole; others keep their cents. */
  return format_number (value, 2);
}

static char *
format_value (const PlxTariffEntry *entry)
{
  g_autofree char *amount = NULL;
  const char *symbol;

  if (g_strcmp0 (entry->unit, "percent") == 0)
    {
      amount = format_number (entry->value, 2);
      /* Translators: a percentage, "50%"; %s is the number. Write it as
       * your language does: "50 %" in French and German, "٪50" in Arabic
       */
      return g_strdup_printf (_("%s%%"), amount);
    }

  amount = format_amount (entry->value);
  symbol = currency_symbol (entry->unit);
  if (symbol != NULL)
    /* Translators: an amount with its currency symbol, "$100,000" */
    return g_strdup_printf (C_("money", "%s%s"), symbol, amount);

  /* Translators: an amount with its currency code, "100,000 CAD" */
  return g_strdup_printf (C_("money", "%s %s"), amount, entry->unit);
}

static GDateTime *
date_time_from_ymd (int year,
                    int month,
                    int day)
{
  if (!g_date_valid_dmy (day, month, year))
    return NULL;

  return g_date_time_new_local (year, month, day, 12, 0, 0);
}

static char *
format_day (int year,
            int month,
            int day)
{
  g_autoptr(GDateTime) date = date_time_from_ymd (year, month, day);
  char *text;

  if (date == NULL)
    return g_strdup_printf ("%04d-%02d-%02d", year, month, day);

  /* Translators: a day, in g_date_time_format() notation: "13 January 2026" */
  text = g_date_time_format (date, _("%e %B %Y"));

  return g_strstrip (text);
}

/* The ledger's dates are ISO 8601 to their precision, or "2025-mid". */
static char *
format_event_date (const PlxEventEntry *entry)
{
  int year = 0;
  int month = 0;
  int day = 0;
  char part[8] = "";

  switch (entry->precision)
    {
    case PLX_PRECISION_DAY:
      if (sscanf (entry->date, "%d-%d-%d", &year, &month, &day) == 3)
        return format_day (year, month, day);
      break;

    case PLX_PRECISION_MONTH:
      if (sscanf (entry->date, "%d-%d", &year, &month) == 2)
        {
          g_autoptr(GDateTime) date = date_time_from_ymd (year, month, 1);

          if (date != NULL)
            /* Translators: a month, in g_date_time_format() notation: "February 2026" */
            return g_date_time_format (date, _("%OB %Y"));
        }
      break;

    case PLX_PRECISION_PART_OF_YEAR:
      if (sscanf (entry->date, "%d-%7s", &year, part) == 2)
        {
          if (g_str_equal (part, "early"))
            /* Translators: part of a year, "Early 2025" */
            return g_strdup_printf (_("Early %d"), year);
          if (g_str_equal (part, "mid"))
            /* Translators: part of a year, "Mid-2025" */
            return g_strdup_printf (_("Mid-%d"), year);
          if (g_str_equal (part, "late"))
            /* Translators: part of a year, "Late 2025" */
            return g_strdup_printf (_("Late %d"), year);
        }
      break;

    case PLX_PRECISION_YEAR:
    default:
      break;
    }

  return g_strdup (entry->date);
}

/* Beyond this many outlets, dots would run off the sidebar (and cost a
 * widget each per entry): an entry says how many state it instead.
 */
#define MAX_DOTS 24

/* How many outlets of the corpus state an entry, of how many. */
static GtkWidget *
outlet_count_new (PlxLedgerSidebar *self,
                  GArray           *mentions)
{
  guint n_articles = g_list_model_get_n_items (G_LIST_MODEL (self->corpus));
  guint n_stating = 0;
  g_autofree char *text = NULL;
  GtkWidget *label;

  for (guint i = 0; i < n_articles; i++)
    n_stating += plx_mentions_has_article (mentions, plx_corpus_get_article (self->corpus, i));

  /* Translators: in the ledger, how many outlets state an entry, of how
   * many there are in the corpus
   */
  text = g_strdup_printf (ngettext ("%u of %u outlet", "%u of %u outlets", n_articles),
                          n_stating, n_articles);
  label = gtk_label_new (text);
  gtk_widget_add_css_class (label, "outlet-count");
  gtk_widget_add_css_class (label, "caption");
  gtk_widget_set_valign (label, GTK_ALIGN_CENTER);

  return label;
}

/* One dot per outlet of the corpus, in its colour: filled when the
 * outlet states the entry. The tooltip says so in words.
 */
static GtkWidget *
outlet_dots_new (PlxLedgerSidebar *self,
                 GArray           *mentions)
{
  GtkWidget *box;
  guint n_articles = g_list_model_get_n_items (G_LIST_MODEL (self->corpus));

  if (n_articles > MAX_DOTS)
    return outlet_count_new (self, mentions);

  box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 4);
  gtk_widget_add_css_class (box, "outlet-dots");
  gtk_widget_set_valign (box, GTK_ALIGN_CENTER);

  for (guint i = 0; i < n_articles; i++)
    {
      g_autoptr(PlxArticle) article = g_list_model_get_item (G_LIST_MODEL (self->corpus), i);
      gboolean states = plx_mentions_has_article (mentions, article);
      g_autofree char *colour = g_strdup_printf ("outlet-%u", i % N_OUTLET_COLOURS);
      g_autofree char *tooltip = NULL;
      GtkWidget *dot = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);

      gtk_widget_add_css_class (dot, "outlet-dot");
      gtk_widget_add_css_class (dot, colour);
      if (states)
        gtk_widget_add_css_class (dot, "filled");

      tooltip = g_strdup_printf (states
                                 /* Translators: the tooltip of an outlet's dot; %s is the outlet */
                                 ? _("%s states it")
                                 /* Translators: the tooltip of an outlet's dot; %s is the outlet */
                                 : _("%s does not state it"),
                                 plx_article_get_display_name (article));
      gtk_widget_set_tooltip_text (dot, tooltip);
      gtk_box_append (GTK_BOX (box), dot);
    }

  return box;
}

/* The conflicts that concern an entry: those that share a sentence
 * with it, one summary a line; NULL for none.
 */
static char *
conflicts_for (PlxLedgerSidebar *self,
               GArray           *mentions)
{
  GPtrArray *conflicts = plx_ledger_get_conflicts (self->ledger);
  GString *str = NULL;

  for (guint i = 0; conflicts != NULL && i < conflicts->len; i++)
    {
      const PlxConflict *conflict = g_ptr_array_index (conflicts, i);
      gboolean shared = FALSE;

      for (guint j = 0; j < conflict->mentions->len && !shared; j++)
        {
          const PlxMention *a = &g_array_index (conflict->mentions, PlxMention, j);

          for (guint k = 0; k < mentions->len && !shared; k++)
            {
              const PlxMention *b = &g_array_index (mentions, PlxMention, k);

              shared = a->article == b->article && a->sentence == b->sentence;
            }
        }

      if (!shared)
        continue;

      if (str == NULL)
        str = g_string_new (NULL);
      else
        g_string_append_c (str, '\n');
      g_string_append (str, conflict->summary);
    }

  return str != NULL ? g_string_free (str, FALSE) : NULL;
}

static GtkWidget *
label_new (const char *text,
           const char *css_class)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0.0f);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  if (css_class != NULL)
    gtk_widget_add_css_class (label, css_class);

  return label;
}

/* The large first line of an entry, with a warning when outlets
 * disagree about it.
 */
static GtkWidget *
entry_title_new (PlxLedgerSidebar *self,
                 const char       *text,
                 GArray           *mentions)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *title = label_new (text, "ledger-value");
  g_autofree char *conflicts = conflicts_for (self, mentions);

  gtk_widget_set_hexpand (title, TRUE);
  gtk_box_append (GTK_BOX (box), title);

  if (conflicts != NULL)
    {
      GtkWidget *icon = gtk_image_new_from_icon_name ("dialog-warning-symbolic");

      gtk_widget_add_css_class (icon, "ledger-conflict");
      gtk_widget_set_valign (icon, GTK_ALIGN_CENTER);
      gtk_widget_set_tooltip_text (icon, conflicts);
      gtk_accessible_update_property (GTK_ACCESSIBLE (icon),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, conflicts,
                                      -1);
      gtk_box_append (GTK_BOX (box), icon);
    }

  return box;
}

static GtkWidget *
entry_row_new (GtkWidget *child,
               GArray    *mentions)
{
  GtkWidget *row = gtk_list_box_row_new ();

  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), child);
  g_object_set_data (G_OBJECT (row), MENTIONS_KEY, mentions);

  return row;
}

static GtkWidget *
tariff_row_new (PlxLedgerSidebar     *self,
                const PlxTariffEntry *entry)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *footer = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *status;
  g_autofree char *value = format_value (entry);
  g_autofree char *description = NULL;

  gtk_widget_add_css_class (box, "ledger-entry");

  if (entry->scope != NULL && *entry->scope != '\0')
    /* Translators: what a figure is, then what it applies to: "Tariff · indian goods" */
    description = g_strdup_printf (_("%s · %s"), figure_kind_label (entry->kind), entry->scope);
  else
    description = g_strdup (figure_kind_label (entry->kind));

  status = label_new (figure_status_label (entry->status), "caption");
  gtk_widget_add_css_class (status, "dim-label");
  gtk_widget_set_hexpand (status, TRUE);
  gtk_box_append (GTK_BOX (footer), status);
  gtk_box_append (GTK_BOX (footer), outlet_dots_new (self, entry->mentions));

  gtk_box_append (GTK_BOX (box), entry_title_new (self, value, entry->mentions));
  gtk_box_append (GTK_BOX (box), label_new (description, NULL));
  gtk_box_append (GTK_BOX (box), footer);

  return entry_row_new (box, entry->mentions);
}

static GtkWidget *
event_row_new (PlxLedgerSidebar    *self,
               const PlxEventEntry *entry)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *label = label_new (entry->label, NULL);
  GtkWidget *dots = outlet_dots_new (self, entry->mentions);
  g_autofree char *date = format_event_date (entry);

  gtk_widget_add_css_class (box, "ledger-entry");
  gtk_widget_add_css_class (box, "ledger-event");

  /* The label is the opening of a sentence: three lines are enough
   * to know it again in the comparison.
   */
  gtk_label_set_lines (GTK_LABEL (label), 3);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_widget_set_halign (dots, GTK_ALIGN_END);

  gtk_box_append (GTK_BOX (box), entry_title_new (self, date, entry->mentions));
  gtk_box_append (GTK_BOX (box), label);
  gtk_box_append (GTK_BOX (box), dots);

  return entry_row_new (box, entry->mentions);
}

static void
list_box_clear (GtkListBox *list)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (list))) != NULL)
    gtk_list_box_remove (list, child);
}

static void
plx_ledger_sidebar_update_anchor (PlxLedgerSidebar *self)
{
  const char *anchor = self->ledger != NULL ? plx_ledger_get_anchor (self->ledger) : NULL;
  g_autofree char *day = NULL;
  g_autofree char *text = NULL;
  int year;
  int month;
  int d;

  if (anchor == NULL || sscanf (anchor, "%d-%d-%d", &year, &month, &d) != 3)
    {
      gtk_widget_set_visible (GTK_WIDGET (self->anchor_label), FALSE);
      return;
    }

  day = format_day (year, month, d);
  /* Translators: %s is a day, "13 January 2026": "last week" and
   * "on Tuesday" are counted from it
   */
  text = g_strdup_printf (_("Relative dates read from %s"), day);
  gtk_label_set_text (self->anchor_label, text);
  gtk_widget_set_visible (GTK_WIDGET (self->anchor_label), TRUE);
}

/* The ledger lists the events by date already. */
static void
plx_ledger_sidebar_populate (PlxLedgerSidebar *self)
{
  GPtrArray *tariffs = plx_ledger_get_tariffs (self->ledger);
  GPtrArray *events = plx_ledger_get_events (self->ledger);

  for (guint i = 0; tariffs != NULL && i < tariffs->len; i++)
    gtk_list_box_append (self->tariff_list,
                         tariff_row_new (self, g_ptr_array_index (tariffs, i)));

  for (guint i = 0; events != NULL && i < events->len; i++)
    gtk_list_box_append (self->event_list,
                         event_row_new (self, g_ptr_array_index (events, i)));
}

/**
 * plx_ledger_sidebar_set_ledger:
 * @self: a #PlxLedgerSidebar
 * @corpus: (nullable): the corpus of @ledger, whose outlets get a dot each
 * @ledger: (nullable) (transfer none): the ledger to show; it must stay
 *   alive until another is set
 */
void
plx_ledger_sidebar_set_ledger (PlxLedgerSidebar *self,
                               PlxCorpus        *corpus,
                               PlxLedger        *ledger)
{
  g_return_if_fail (PLX_IS_LEDGER_SIDEBAR (self));
  g_return_if_fail (corpus == NULL || PLX_IS_CORPUS (corpus));
  g_return_if_fail ((corpus == NULL) == (ledger == NULL));

  list_box_clear (self->tariff_list);
  list_box_clear (self->event_list);
  g_set_object (&self->corpus, corpus);
  self->ledger = ledger;

  plx_ledger_sidebar_update_anchor (self);
  if (ledger != NULL)
    plx_ledger_sidebar_populate (self);
}

static void
plx_ledger_sidebar_emit_first_mention (PlxLedgerSidebar *self,
                                       GtkListBoxRow    *row)
{
  GArray *mentions = plx_ledger_sidebar_row_get_mentions (row);
  const PlxMention *first;

  if (mentions == NULL || mentions->len == 0)
    return;

  first = &g_array_index (mentions, PlxMention, 0);
  g_signal_emit (self, signals[MENTION_ACTIVATED], 0, first->article, first->sentence);
}

static void
plx_ledger_sidebar_row_selected_cb (PlxLedgerSidebar *self,
                                    GtkListBoxRow    *row,
                                    GtkListBox       *list)
{
  if (row == NULL)
    return;

  /* One entry selected in the two lists. */
  if (list == self->tariff_list)
    gtk_list_box_unselect_all (self->event_list);
  else
    gtk_list_box_unselect_all (self->tariff_list);

  plx_ledger_sidebar_emit_first_mention (self, row);
}

/* Activating the selected entry again, after scrolling away, goes back. */
static void
plx_ledger_sidebar_row_activated_cb (PlxLedgerSidebar *self,
                                     GtkListBoxRow    *row,
                                     GtkListBox       *list)
{
  plx_ledger_sidebar_emit_first_mention (self, row);
}

static void
plx_ledger_sidebar_dispose (GObject *object)
{
  PlxLedgerSidebar *self = (PlxLedgerSidebar *)object;
  GtkWidget *child;

  self->ledger = NULL;
  gtk_widget_dispose_template (GTK_WIDGET (self), PLX_TYPE_LEDGER_SIDEBAR);

  /* GTK 4.8 only lets go of the children bound to fields. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);

  g_clear_object (&self->corpus);

  G_OBJECT_CLASS (plx_ledger_sidebar_parent_class)->dispose (object);
}

static void
plx_ledger_sidebar_class_init (PlxLedgerSidebarClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = plx_ledger_sidebar_dispose;

  /**
   * PlxLedgerSidebar::mention-activated:
   * @self: the sidebar
   * @article: the article of the entry's first mention
   * @sentence: the index of its sentence in @article
   *
   * The user selected or activated an entry: the comparison should
   * show where the first outlet states it.
   */
  signals[MENTION_ACTIVATED] =
    g_signal_new ("mention-activated",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 2,
                  PLX_TYPE_ARTICLE,
                  G_TYPE_UINT);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/newsparallax/Parallax/ui/plx-ledger-sidebar.ui");
  gtk_widget_class_bind_template_child (widget_class, PlxLedgerSidebar, tariff_list);
  gtk_widget_class_bind_template_child (widget_class, PlxLedgerSidebar, event_list);
  gtk_widget_class_bind_template_child (widget_class, PlxLedgerSidebar, anchor_label);
  gtk_widget_class_bind_template_callback (widget_class, plx_ledger_sidebar_row_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, plx_ledger_sidebar_row_activated_cb);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "ledgersidebar");
}

static void
plx_ledger_sidebar_init (PlxLedgerSidebar *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  plx_ledger_sidebar_update_anchor (self);
}

/**
 * plx_ledger_sidebar_new:
 *
 * Returns: (transfer floating): a new sidebar showing no ledger
 */
GtkWidget *
plx_ledger_sidebar_new (void)
{
  return g_object_new (PLX_TYPE_LEDGER_SIDEBAR, NULL);
}

/* Accessors for the tests */

GtkListBox *
plx_ledger_sidebar_get_tariff_list (PlxLedgerSidebar *self)
{
  g_return_val_if_fail (PLX_IS_LEDGER_SIDEBAR (self), NULL);

  return self->tariff_list;
}

GtkListBox *
plx_ledger_sidebar_get_event_list (PlxLedgerSidebar *self)
{
  g_return_val_if_fail (PLX_IS_LEDGER_SIDEBAR (self), NULL);

  return self->event_list;
}

/* Returns: (transfer none) (nullable): the first tariff row whose
 * value reads @value ("50%")
 */
GtkListBoxRow *
plx_ledger_sidebar_find_tariff (PlxLedgerSidebar *self,
                                const char       *value)
{
  g_return_val_if_fail (PLX_IS_LEDGER_SIDEBAR (self), NULL);

  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (self->tariff_list));
       row != NULL;
       row = gtk_widget_get_next_sibling (row))
    {
      GtkWidget *box = gtk_list_box_row_get_child (GTK_LIST_BOX_ROW (row));
      GtkWidget *title_box = gtk_widget_get_first_child (box);
      GtkWidget *title = gtk_widget_get_first_child (title_box);

      if (g_strcmp0 (gtk_label_get_text (GTK_LABEL (title)), value) == 0)
        return GTK_LIST_BOX_ROW (row);
    }

  return NULL;
}

static guint
count_dots (GtkWidget *widget,
            gboolean   filled)
{
  guint n = 0;

  if (gtk_widget_has_css_class (widget, "outlet-dot"))
    return gtk_widget_has_css_class (widget, "filled") == filled ? 1 : 0;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    n += count_dots (child, filled);

  return n;
}

/* The dots of an entry, filled or hollow. */
guint
plx_ledger_sidebar_row_count_dots (GtkListBoxRow *row,
                                   gboolean       filled)
{
  g_return_val_if_fail (GTK_IS_LIST_BOX_ROW (row), 0);

  return count_dots (GTK_WIDGET (row), filled);
}

/* Returns: (transfer none) (nullable): the entry's mentions */
GArray *
plx_ledger_sidebar_row_get_mentions (GtkListBoxRow *row)
{
  g_return_val_if_fail (GTK_IS_LIST_BOX_ROW (row), NULL);

  return g_object_get_data (G_OBJECT (row), MENTIONS_KEY);
}
