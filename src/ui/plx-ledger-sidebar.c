/* plx-ledger-sidebar.c: the figures, dated events and quotations the
 * outlets state
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>

#include <glib/gi18n.h>

#include "plx-article.h"
#include "plx-discrepancies.h"
#include "plx-ledger-item.h"
#include "plx-ledger-sidebar.h"
#include "plx-mention.h"
#include "plx-row.h"
#include "plx-tooltip.h"

/* The outlets' colours: style.css defines .outlet-0 to .outlet-7. */
#define N_OUTLET_COLOURS 8

/* The ledger is one list, virtualised: a heading, the figures, a
 * heading with the anchor date, the events, a heading, the quotations. Only the rows in and around
 * the view have widgets (GTK 4.8's list view keeps up to 200), bound
 * again as it scrolls, so that the 1,846 entries of ecbplus cost no
 * more to show than 200.
 */
struct _PlxLedgerSidebar
{
  GtkWidget           parent_instance;

  PlxCorpus          *corpus;
  PlxAlignment       *alignment;   /* the ledger's: which outlets are copies */
  PlxLedger          *ledger;      /* owned by the window, which clears it first */
  GListStore         *items;       /* of PlxLedgerItem */
  GtkSingleSelection *selection;
  GHashTable         *conflicts;   /* PlxLedgerItem -> its conflicts, "" for none */

  /* Template widgets */
  GtkListView        *list_view;
};

G_DEFINE_FINAL_TYPE (PlxLedgerSidebar, plx_ledger_sidebar, GTK_TYPE_WIDGET)

enum {
  ENTRY_ACTIVATED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* The key of an entry's or heading's widgets, on the row's child. */
#define ROW_KEY "plx-ledger-row"

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

/* Beyond this many outlets, dots would run off the sidebar (and cost a
 * widget each per entry): an entry says how many state it instead.
 */
#define MAX_DOTS 24

/* The widgets of a row of the list, kept on its child: an entry's, or
 * a heading's (title and note only).
 */
typedef struct
{
  gboolean       heading;
  GtkWidget     *box;
  GtkWidget     *title;
  GtkWidget     *note;          /* a heading's */
  GtkWidget     *conflict;      /* an entry's from here on */
  GtkWidget     *description;
  GtkWidget     *status;
  GtkWidget     *sources;
  GtkWidget     *dots;
  GtkListItem   *list_item;     /* while bound */
  PlxLedgerItem *item;          /* while bound */
  gulong         highlighted_id;
  gboolean       pressed_selected;
} LedgerRow;

static LedgerRow *
ledger_row_get (GtkWidget *child)
{
  return child != NULL ? g_object_get_data (G_OBJECT (child), ROW_KEY) : NULL;
}

/* How many outlets of the corpus state an entry, of how many. */
static char *
outlet_count_text (PlxLedgerSidebar *self,
                   GArray           *mentions)
{
  guint n_articles = g_list_model_get_n_items (G_LIST_MODEL (self->corpus));
  guint n_stating = 0;

  for (guint i = 0; i < n_articles; i++)
    n_stating += plx_mentions_has_article (mentions, plx_corpus_get_article (self->corpus, i));

  /* Translators: in the ledger, how many outlets state an entry, of how
   * many there are in the corpus
   */
  return g_strdup_printf (ngettext ("%u of %u outlet", "%u of %u outlets", n_articles),
                          n_stating, n_articles);
}

/* One dot per outlet of the corpus, in its colour: filled when the
 * outlet states the entry. The tooltip says so in words. A row bound
 * again keeps the dots it has and changes what differs.
 */
static void
outlet_dots_update (PlxLedgerSidebar *self,
                    GtkWidget        *box,
                    GArray           *mentions)
{
  guint n_articles = g_list_model_get_n_items (G_LIST_MODEL (self->corpus));
  guint n_wanted = n_articles > MAX_DOTS ? 1 : n_articles;
  GtkWidget *child = gtk_widget_get_first_child (box);
  guint i = 0;

  /* As many children as wanted, of the right kind. */
  for (; child != NULL && i < n_wanted; i++)
    child = gtk_widget_get_next_sibling (child);
  while (child != NULL)
    {
      GtkWidget *next = gtk_widget_get_next_sibling (child);

      gtk_box_remove (GTK_BOX (box), child);
      child = next;
    }
  for (; i < n_wanted; i++)
    gtk_box_append (GTK_BOX (box), n_articles > MAX_DOTS
                                   ? gtk_label_new (NULL)
                                   : gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0));

  if (n_articles > MAX_DOTS)
    {
      g_autofree char *text = outlet_count_text (self, mentions);

      child = gtk_widget_get_first_child (box);
      if (!GTK_IS_LABEL (child))
        {
          gtk_box_remove (GTK_BOX (box), child);
          child = gtk_label_new (NULL);
          gtk_box_append (GTK_BOX (box), child);
        }
      gtk_widget_set_css_classes (child, (const char *[]) { "outlet-count", "caption", NULL });
      gtk_label_set_text (GTK_LABEL (child), text);
      return;
    }

  child = gtk_widget_get_first_child (box);
  for (i = 0; i < n_articles; i++, child = gtk_widget_get_next_sibling (child))
    {
      PlxArticle *article = plx_corpus_get_article (self->corpus, i);
      gboolean states = plx_mentions_has_article (mentions, article);
      g_autofree char *colour = g_strdup_printf ("outlet-%u", i % N_OUTLET_COLOURS);
      g_autofree char *tooltip = NULL;

      if (GTK_IS_LABEL (child))
        {
          GtkWidget *dot = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);

          gtk_box_insert_child_after (GTK_BOX (box), dot, child);
          gtk_box_remove (GTK_BOX (box), child);
          child = dot;
        }

      gtk_widget_set_css_classes (child, (const char *[]) { "outlet-dot", colour,
                                                            states ? "filled" : NULL, NULL });
      tooltip = g_strdup_printf (states
                                 /* Translators: the tooltip of an outlet's dot; %s is the outlet */
                                 ? _("%s states it")
                                 /* Translators: the tooltip of an outlet's dot; %s is the outlet */
                                 : _("%s does not state it"),
                                 plx_article_get_display_name (article));
      plx_tooltip_set_text (child, tooltip);
    }
}

/* After the dots, how many independent sources state the entry, when
 * copies or versions of one article make them fewer than the outlets. */
static void
sources_update (PlxLedgerSidebar *self,
                GtkWidget        *label,
                GArray           *mentions)
{
  g_autoptr(GHashTable) sources = g_hash_table_new (NULL, NULL);
  guint n_articles = g_list_model_get_n_items (G_LIST_MODEL (self->corpus));
  guint n_stating = 0;
  g_autofree char *text = NULL;

  for (guint i = 0; self->alignment != NULL && i < n_articles; i++)
    {
      PlxArticle *article = plx_corpus_get_article (self->corpus, i);

      if (!plx_mentions_has_article (mentions, article))
        continue;
      n_stating++;
      g_hash_table_add (sources, plx_alignment_get_source (self->alignment, article));
    }

  gtk_widget_set_visible (label, g_hash_table_size (sources) < n_stating);
  if (g_hash_table_size (sources) == n_stating)
    return;

  /* Translators: in the ledger, after the dots of the outlets that state
   * an entry, when some of them are copies of another's article: how
   * many independent sources state it, “2 sources” */
  text = g_strdup_printf (ngettext ("%u source", "%u sources", g_hash_table_size (sources)),
                          g_hash_table_size (sources));
  gtk_label_set_text (GTK_LABEL (label), text);
  plx_tooltip_set_text (label,
                        /* Translators: the tooltip of “2 sources” in the ledger */
                        _("Outlets that repeat another’s article, or publish a later version of it, count as one source"));
}

/* The conflicts that concern an entry, one summary a line; NULL for
 * none.
 */
static char *
conflicts_for (PlxLedgerSidebar *self,
               GArray           *mentions)
{
  g_autoptr(GPtrArray) conflicts = plx_ledger_find_conflicts (self->ledger, mentions);
  GString *str = NULL;

  for (guint i = 0; i < conflicts->len; i++)
    {
      const PlxDiscrepancy *conflict = g_ptr_array_index (conflicts, i);

      if (str == NULL)
        str = g_string_new (NULL);
      else
        g_string_append_c (str, '\n');
      g_string_append (str, conflict->summary);
    }

  return str != NULL ? g_string_free (str, FALSE) : NULL;
}

/* A line of a quotation's tooltip: an outlet and what it gives. */
static void
append_outlet_line (GString    *str,
                    PlxArticle *article,
                    const char *what)
{
  if (str->len > 0)
    g_string_append_c (str, '\n');
  /* Translators: in the tooltip of a quotation worded differently: an
   * outlet, then the words it gives
   */
  g_string_append_printf (str, _("%s: %s"), plx_article_get_display_name (article), what);
}

/* What each outlet changes in a quotation worded differently, a line
 * each; each outlet's words where no change is found word for word (a
 * paraphrase in quotation marks). NULL for a quotation not worded
 * differently.
 */
static char *
quote_changes_for (const PlxQuoteEntry *quote)
{
  g_autoptr(GString) str = NULL;

  if (quote->wording != PLX_QUOTE_WORDED)
    return NULL;

  str = g_string_new (NULL);
  for (guint m = 0; m < quote->mentions->len; m++)
    {
      const PlxQuoteMention *mention = &g_array_index (quote->mentions, PlxQuoteMention, m);
      g_autofree char *changes = plx_quote_changes (quote->text, mention->text,
                                                    plx_article_get_language (mention->article));
      g_auto(GStrv) lines = changes != NULL ? g_strsplit (changes, "\n", -1) : NULL;

      for (guint l = 0; lines != NULL && lines[l] != NULL; l++)
        append_outlet_line (str, mention->article, lines[l]);
    }

  if (str->len == 0)
    for (guint m = 0; m < quote->mentions->len; m++)
      {
        const PlxQuoteMention *mention = &g_array_index (quote->mentions, PlxQuoteMention, m);
        /* Translators: words as an outlet quotes them */
        g_autofree char *quoted = g_strdup_printf (_("“%s”"), mention->text);

        append_outlet_line (str, mention->article, quoted);
      }

  return g_string_free (g_steal_pointer (&str), FALSE);
}

/* An entry's conflicts (a quotation's changes), worked out when it is
 * first shown. */
static const char *
plx_ledger_sidebar_get_conflicts (PlxLedgerSidebar *self,
                                  PlxLedgerItem    *item)
{
  const char *conflicts = g_hash_table_lookup (self->conflicts, item);

  if (conflicts == NULL)
    {
      const PlxQuoteEntry *quote = plx_ledger_item_get_quote (item);
      char *found = quote != NULL ? quote_changes_for (quote)
                                  : conflicts_for (self, plx_ledger_item_get_mentions (item));

      conflicts = found != NULL ? found : g_strdup ("");
      g_hash_table_insert (self->conflicts, item, (char *) conflicts);
    }

  return *conflicts != '\0' ? conflicts : NULL;
}

static GtkWidget *
label_new (const char *css_class)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0.0f);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  if (css_class != NULL)
    gtk_widget_add_css_class (label, css_class);

  return label;
}

static GtkWidget *
heading_row_new (void)
{
  LedgerRow *row = g_new0 (LedgerRow, 1);

  row->heading = TRUE;
  row->box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  row->title = label_new ("heading");
  row->note = label_new ("caption");
  gtk_widget_add_css_class (row->box, "ledger-heading");
  gtk_widget_add_css_class (row->note, "dim-label");
  gtk_box_append (GTK_BOX (row->box), row->title);
  gtk_box_append (GTK_BOX (row->box), row->note);
  g_object_set_data_full (G_OBJECT (row->box), ROW_KEY, row, g_free);

  return row->box;
}

/* Clicking the selected entry again goes on to its next row, as Enter
 * does: the click that selects it goes to the first.
 */
static void
entry_pressed_cb (GtkGestureClick *gesture,
                  int              n_press,
                  double           x,
                  double           y,
                  LedgerRow       *row)
{
  row->pressed_selected = row->list_item != NULL && gtk_list_item_get_selected (row->list_item);
}

static void plx_ledger_sidebar_emit_entry (PlxLedgerSidebar *self,
                                           PlxLedgerItem    *item,
                                           gboolean          again);

static void
entry_released_cb (GtkGestureClick *gesture,
                   int              n_press,
                   double           x,
                   double           y,
                   LedgerRow       *row)
{
  GtkWidget *sidebar = gtk_widget_get_ancestor (row->box, PLX_TYPE_LEDGER_SIDEBAR);

  if (row->pressed_selected && row->item != NULL && sidebar != NULL)
    plx_ledger_sidebar_emit_entry (PLX_LEDGER_SIDEBAR (sidebar), row->item, TRUE);
}

/* An entry: its value large, with a warning when outlets disagree
 * about it; what it is; its status; the outlets' dots.
 */
static GtkWidget *
entry_row_new (void)
{
  LedgerRow *row = g_new0 (LedgerRow, 1);
  GtkWidget *title_box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *footer = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkGesture *click = gtk_gesture_click_new ();

  row->box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  row->title = label_new ("ledger-value");
  row->conflict = gtk_image_new_from_icon_name ("dialog-warning-symbolic");
  row->description = label_new (NULL);
  row->status = label_new ("caption");
  row->sources = label_new ("caption");
  row->dots = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 4);

  gtk_widget_add_css_class (row->box, "ledger-entry");
  gtk_widget_set_hexpand (row->title, TRUE);
  gtk_widget_add_css_class (row->conflict, "ledger-conflict");
  gtk_widget_set_valign (row->conflict, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (row->status, "dim-label");
  gtk_widget_add_css_class (row->dots, "outlet-dots");
  gtk_widget_set_valign (row->dots, GTK_ALIGN_CENTER);
  gtk_widget_set_halign (row->dots, GTK_ALIGN_END);
  gtk_widget_set_hexpand (row->dots, TRUE);

  gtk_box_append (GTK_BOX (title_box), row->title);
  gtk_box_append (GTK_BOX (title_box), row->conflict);
  gtk_widget_add_css_class (row->sources, "dim-label");
  gtk_box_append (GTK_BOX (footer), row->status);
  gtk_box_append (GTK_BOX (footer), row->dots);
  gtk_box_append (GTK_BOX (footer), row->sources);
  gtk_box_append (GTK_BOX (row->box), title_box);
  gtk_box_append (GTK_BOX (row->box), row->description);
  gtk_box_append (GTK_BOX (row->box), footer);

  g_signal_connect (click, "pressed", G_CALLBACK (entry_pressed_cb), row);
  g_signal_connect (click, "released", G_CALLBACK (entry_released_cb), row);
  gtk_widget_add_controller (row->box, GTK_EVENT_CONTROLLER (click));

  g_object_set_data_full (G_OBJECT (row->box), ROW_KEY, row, g_free);

  return row->box;
}

static void
entry_row_sync_highlighted (LedgerRow *row)
{
  if (plx_ledger_item_get_highlighted (row->item))
    gtk_widget_add_css_class (row->box, "highlighted");
  else
    gtk_widget_remove_css_class (row->box, "highlighted");
}

static void
entry_row_fill (PlxLedgerSidebar *self,
                LedgerRow        *row,
                PlxLedgerItem    *item)
{
  const PlxTariffEntry *tariff = plx_ledger_item_get_tariff (item);
  const PlxEventEntry *event = plx_ledger_item_get_event (item);
  const PlxQuoteEntry *quote = plx_ledger_item_get_quote (item);
  const char *conflicts = plx_ledger_sidebar_get_conflicts (self, item);
  g_autofree char *title = NULL;
  g_autofree char *description = NULL;

  if (tariff != NULL)
    {
      title = format_value (tariff);
      if (tariff->scope != NULL && *tariff->scope != '\0')
        /* Translators: what a figure is, then what it applies to: "Tariff · indian goods" */
        description = g_strdup_printf (_("%s · %s"), figure_kind_label (tariff->kind), tariff->scope);
      else
        description = g_strdup (figure_kind_label (tariff->kind));
      gtk_label_set_text (GTK_LABEL (row->status), figure_status_label (tariff->status));
    }
  else if (event != NULL)
    {
      title = plx_date_format_readable (event->date, event->precision);
      description = g_strdup (event->label);
    }
  else
    {
      /* Translators: in the ledger, the speaker of a quotation the
       * articles do not name
       */
      title = g_strdup (quote->speaker != NULL ? quote->speaker : _("Unknown speaker"));
      /* Translators: a quotation in the ledger, in your language's quotation marks */
      description = g_strdup_printf (_("“%s”"), quote->text);
      gtk_label_set_text (GTK_LABEL (row->status), plx_quote_wording_describe (quote->wording));
    }

  gtk_label_set_text (GTK_LABEL (row->title), title);
  gtk_label_set_text (GTK_LABEL (row->description), description);
  gtk_widget_set_visible (row->status, tariff != NULL || quote != NULL);

  /* An event's label is the opening of a sentence, a quotation may run
   * on for a paragraph: three lines are enough to know either again in
   * the comparison.
   */
  gtk_label_set_lines (GTK_LABEL (row->description), tariff == NULL ? 3 : -1);
  gtk_label_set_ellipsize (GTK_LABEL (row->description),
                           tariff == NULL ? PANGO_ELLIPSIZE_END : PANGO_ELLIPSIZE_NONE);
  if (event != NULL)
    gtk_widget_add_css_class (row->box, "ledger-event");
  else
    gtk_widget_remove_css_class (row->box, "ledger-event");
  if (quote != NULL)
    gtk_widget_add_css_class (row->box, "ledger-quote");
  else
    gtk_widget_remove_css_class (row->box, "ledger-quote");

  gtk_widget_set_visible (row->conflict, conflicts != NULL);
  if (conflicts != NULL)
    {
      plx_tooltip_set_text (row->conflict, conflicts);
      gtk_accessible_update_property (GTK_ACCESSIBLE (row->conflict),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, conflicts,
                                      -1);
    }

  outlet_dots_update (self, row->dots, plx_ledger_item_get_mentions (item));
  sources_update (self, row->sources, plx_ledger_item_get_mentions (item));
}

static void
plx_ledger_sidebar_bind_cb (GtkSignalListItemFactory *factory,
                            GtkListItem              *list_item,
                            PlxLedgerSidebar         *self)
{
  PlxLedgerItem *item = gtk_list_item_get_item (list_item);
  gboolean heading = plx_ledger_item_get_kind (item) == PLX_LEDGER_ITEM_HEADING;
  LedgerRow *row = ledger_row_get (gtk_list_item_get_child (list_item));

  /* A recycled row may be of the other kind. */
  if (row == NULL || row->heading != heading)
    {
      gtk_list_item_set_child (list_item, heading ? heading_row_new () : entry_row_new ());
      row = ledger_row_get (gtk_list_item_get_child (list_item));
    }

  row->list_item = list_item;
  row->item = item;
  gtk_list_item_set_selectable (list_item, !heading);
  gtk_list_item_set_activatable (list_item, !heading);

  if (heading)
    {
      const char *note = plx_ledger_item_get_note (item);

      gtk_label_set_text (GTK_LABEL (row->title), plx_ledger_item_get_title (item));
      gtk_label_set_text (GTK_LABEL (row->note), note);
      gtk_widget_set_visible (row->note, note != NULL);
      return;
    }

  entry_row_fill (self, row, item);
  entry_row_sync_highlighted (row);
  row->highlighted_id = g_signal_connect_swapped (item, "notify::highlighted",
                                                  G_CALLBACK (entry_row_sync_highlighted), row);
}

static void
plx_ledger_sidebar_unbind_cb (GtkSignalListItemFactory *factory,
                              GtkListItem              *list_item,
                              PlxLedgerSidebar         *self)
{
  LedgerRow *row = ledger_row_get (gtk_list_item_get_child (list_item));

  if (row == NULL)
    return;

  g_clear_signal_handler (&row->highlighted_id, row->item);
  row->item = NULL;
  row->list_item = NULL;
}

/* Returns: (nullable): the note under the events' heading: the day
 * "last week" and "on Tuesday" are counted from
 */
static char *
plx_ledger_sidebar_anchor_note (PlxLedgerSidebar *self)
{
  const char *anchor = plx_ledger_get_anchor (self->ledger);
  g_autofree char *day = NULL;

  if (anchor == NULL)
    return NULL;

  day = plx_date_format_readable (anchor, PLX_PRECISION_DAY);
  /* Translators: %s is a day, "13 January 2026": "last week" and
   * "on Tuesday" are counted from it
   */
  return g_strdup_printf (_("Relative dates read from %s"), day);
}

/* The items of the list, in one go: the ledger lists the events by
 * date already.
 */
/* Returns: (nullable): the note under the quotations' heading: how
 * many are worded differently
 */
static char *
plx_ledger_sidebar_quotes_note (GPtrArray *quotes)
{
  guint n_worded = 0;

  for (guint i = 0; quotes != NULL && i < quotes->len; i++)
    n_worded += ((const PlxQuoteEntry *) g_ptr_array_index (quotes, i))->wording == PLX_QUOTE_WORDED;

  if (n_worded == 0)
    return NULL;

  /* Translators: under the quotations' heading in the ledger */
  return g_strdup_printf (ngettext ("%u worded differently by some outlets",
                                    "%u worded differently by some outlets", n_worded),
                          n_worded);
}

static void
plx_ledger_sidebar_populate (PlxLedgerSidebar *self)
{
  GPtrArray *tariffs = plx_ledger_get_tariffs (self->ledger);
  GPtrArray *events = plx_ledger_get_events (self->ledger);
  GPtrArray *quotes = plx_ledger_get_quotes (self->ledger);
  guint n_tariffs = tariffs != NULL ? tariffs->len : 0;
  guint n_events = events != NULL ? events->len : 0;
  guint n_quotes = quotes != NULL ? quotes->len : 0;
  g_autoptr(GPtrArray) items = g_ptr_array_new_full (n_tariffs + n_events + n_quotes + 3, g_object_unref);
  g_autofree char *anchor = plx_ledger_sidebar_anchor_note (self);
  g_autofree char *worded = plx_ledger_sidebar_quotes_note (quotes);

  /* Translators: Heading in the ledger (side panel): the tariff rates and money figures found in the articles */
  g_ptr_array_add (items, plx_ledger_item_new_heading (_("Tariffs & Figures"), NULL));
  for (guint i = 0; i < n_tariffs; i++)
    g_ptr_array_add (items, plx_ledger_item_new_tariff (g_ptr_array_index (tariffs, i)));

  /* Translators: In the ledger (side panel): the dated events the articles report, such as a tariff taking effect */
  g_ptr_array_add (items, plx_ledger_item_new_heading (_("Events"), anchor));
  for (guint i = 0; i < n_events; i++)
    {
      const PlxEventEntry *event = g_ptr_array_index (events, i);

      /* Periods are the background of events, not events. */
      if (event->kind == PLX_EVENT_KIND_EVENT)
        g_ptr_array_add (items, plx_ledger_item_new_event (event));
    }

  /* Translators: In the ledger (side panel): the quotations the articles give, with who said them */
  g_ptr_array_add (items, plx_ledger_item_new_heading (_("Quotes"), worded));
  for (guint i = 0; i < n_quotes; i++)
    g_ptr_array_add (items, plx_ledger_item_new_quote (g_ptr_array_index (quotes, i)));

  g_list_store_splice (self->items, 0, 0, items->pdata, items->len);
}

/**
 * plx_ledger_sidebar_set_ledger:
 * @self: a #PlxLedgerSidebar
 * @corpus: (nullable): the corpus of @ledger, whose outlets get a dot each
 * @alignment: (nullable): the alignment @ledger was built over: which
 *   outlets are copies or versions of one source
 * @ledger: (nullable) (transfer none): the ledger to show; it must stay
 *   alive until another is set
 */
void
plx_ledger_sidebar_set_ledger (PlxLedgerSidebar *self,
                               PlxCorpus        *corpus,
                               PlxAlignment     *alignment,
                               PlxLedger        *ledger)
{
  g_return_if_fail (PLX_IS_LEDGER_SIDEBAR (self));
  g_return_if_fail (corpus == NULL || PLX_IS_CORPUS (corpus));
  g_return_if_fail ((corpus == NULL) == (ledger == NULL));

  /* The rows let go of the entries first. */
  g_list_store_remove_all (self->items);
  g_hash_table_remove_all (self->conflicts);
  g_set_object (&self->corpus, corpus);
  g_set_object (&self->alignment, alignment);
  self->ledger = ledger;

  if (ledger != NULL)
    plx_ledger_sidebar_populate (self);
}

/* A heading has no mentions: selecting it lets go of the entry's. */
static void
plx_ledger_sidebar_emit_entry (PlxLedgerSidebar *self,
                               PlxLedgerItem    *item,
                               gboolean          again)
{
  GArray *mentions = item != NULL ? plx_ledger_item_get_mentions (item) : NULL;

  if (mentions != NULL && mentions->len == 0)
    mentions = NULL;
  g_signal_emit (self, signals[ENTRY_ACTIVATED], 0, mentions, again && mentions != NULL);
}

static void
plx_ledger_sidebar_selection_changed_cb (PlxLedgerSidebar   *self,
                                         guint               position,
                                         guint               n_items,
                                         GtkSingleSelection *selection)
{
  plx_ledger_sidebar_emit_entry (self, gtk_single_selection_get_selected_item (selection), FALSE);
}

/* Enter on the selected entry goes on to its next row. */
static void
plx_ledger_sidebar_activate_cb (PlxLedgerSidebar *self,
                                guint             position,
                                GtkListView      *list_view)
{
  g_autoptr(PlxLedgerItem) item = g_list_model_get_item (G_LIST_MODEL (self->items), position);

  if (item != NULL)
    plx_ledger_sidebar_emit_entry (self, item, gtk_single_selection_get_selected (self->selection) == position);
}

/**
 * plx_ledger_sidebar_highlight_row:
 * @self: a #PlxLedgerSidebar
 * @row: (nullable): the row selected in the comparison
 *
 * Highlights the entries that an outlet states in a sentence of @row.
 */
void
plx_ledger_sidebar_highlight_row (PlxLedgerSidebar *self,
                                  PlxRow           *row)
{
  g_autoptr(GHashTable) sentences = g_hash_table_new (NULL, NULL);
  guint n_items;

  g_return_if_fail (PLX_IS_LEDGER_SIDEBAR (self));
  g_return_if_fail (row == NULL || PLX_IS_ROW (row));

  /* A row holds at most one sentence of an article. */
  for (guint i = 0; row != NULL && i < plx_row_get_n_members (row); i++)
    {
      const PlxRowMember *member = plx_row_get_member (row, i);

      g_hash_table_insert (sentences, member->article, GUINT_TO_POINTER (member->sentence + 1));
    }

  n_items = g_list_model_get_n_items (G_LIST_MODEL (self->items));
  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr(PlxLedgerItem) item = g_list_model_get_item (G_LIST_MODEL (self->items), i);
      GArray *mentions = plx_ledger_item_get_mentions (item);
      gboolean in_row = FALSE;

      for (guint j = 0; mentions != NULL && j < mentions->len && !in_row; j++)
        {
          const PlxMention *mention = &g_array_index (mentions, PlxMention, j);

          in_row = GPOINTER_TO_UINT (g_hash_table_lookup (sentences, mention->article)) == mention->sentence + 1;
        }

      plx_ledger_item_set_highlighted (item, in_row);
    }
}

static void
plx_ledger_sidebar_dispose (GObject *object)
{
  PlxLedgerSidebar *self = (PlxLedgerSidebar *)object;
  GtkWidget *child;

  self->ledger = NULL;
  if (self->list_view != NULL)
    gtk_list_view_set_model (self->list_view, NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), PLX_TYPE_LEDGER_SIDEBAR);

  /* GTK 4.8 only lets go of the children bound to fields. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);

  g_clear_object (&self->selection);
  g_clear_object (&self->items);
  g_clear_pointer (&self->conflicts, g_hash_table_unref);
  g_clear_object (&self->corpus);
  g_clear_object (&self->alignment);

  G_OBJECT_CLASS (plx_ledger_sidebar_parent_class)->dispose (object);
}

static void
plx_ledger_sidebar_class_init (PlxLedgerSidebarClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = plx_ledger_sidebar_dispose;

  /**
   * PlxLedgerSidebar::entry-activated:
   * @self: the sidebar
   * @mentions: (nullable) (element-type PlxMention): where the entry is
   *   stated, or %NULL when no entry is selected
   * @again: whether the entry was already selected (Enter on it): the
   *   comparison should go on to the next of its rows
   *
   * The user selected or activated an entry (or let go of one): the
   * comparison should show and outline where the outlets state it.
   */
  signals[ENTRY_ACTIVATED] =
    g_signal_new ("entry-activated",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 2,
                  G_TYPE_ARRAY | G_SIGNAL_TYPE_STATIC_SCOPE,
                  G_TYPE_BOOLEAN);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/newsparallax/Parallax/ui/plx-ledger-sidebar.ui");
  gtk_widget_class_bind_template_child (widget_class, PlxLedgerSidebar, list_view);
  gtk_widget_class_bind_template_callback (widget_class, plx_ledger_sidebar_activate_cb);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "ledgersidebar");
}

static void
plx_ledger_sidebar_init (PlxLedgerSidebar *self)
{
  g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();

  gtk_widget_init_template (GTK_WIDGET (self));

  self->items = g_list_store_new (PLX_TYPE_LEDGER_ITEM);
  self->conflicts = g_hash_table_new_full (NULL, NULL, NULL, g_free);
  self->selection = g_object_new (GTK_TYPE_SINGLE_SELECTION,
                                  "autoselect", FALSE,
                                  "can-unselect", TRUE,
                                  "model", self->items,
                                  NULL);
  g_signal_connect_object (self->selection, "selection-changed",
                           G_CALLBACK (plx_ledger_sidebar_selection_changed_cb),
                           self, G_CONNECT_SWAPPED);

  g_signal_connect (factory, "bind", G_CALLBACK (plx_ledger_sidebar_bind_cb), self);
  g_signal_connect (factory, "unbind", G_CALLBACK (plx_ledger_sidebar_unbind_cb), self);
  gtk_list_view_set_factory (self->list_view, factory);
  gtk_list_view_set_model (self->list_view, GTK_SELECTION_MODEL (self->selection));
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

GtkListView *
plx_ledger_sidebar_get_list_view (PlxLedgerSidebar *self)
{
  g_return_val_if_fail (PLX_IS_LEDGER_SIDEBAR (self), NULL);

  return self->list_view;
}

/* Returns: (transfer none): the items of the list, of #PlxLedgerItem */
GListModel *
plx_ledger_sidebar_get_items (PlxLedgerSidebar *self)
{
  g_return_val_if_fail (PLX_IS_LEDGER_SIDEBAR (self), NULL);

  return G_LIST_MODEL (self->items);
}

/* Returns: (transfer none) (nullable): the row shown of the first item
 * of @kind whose title reads @title ("50%"), or of any title if %NULL
 */
GtkWidget *
plx_ledger_sidebar_find_row (PlxLedgerSidebar  *self,
                             PlxLedgerItemKind  kind,
                             const char        *title)
{
  g_return_val_if_fail (PLX_IS_LEDGER_SIDEBAR (self), NULL);

  /* The list view's children are its rows, the rows' child ours. */
  for (GtkWidget *list_row = gtk_widget_get_first_child (GTK_WIDGET (self->list_view));
       list_row != NULL;
       list_row = gtk_widget_get_next_sibling (list_row))
    {
      LedgerRow *row = ledger_row_get (gtk_widget_get_first_child (list_row));

      if (row == NULL || row->item == NULL || plx_ledger_item_get_kind (row->item) != kind)
        continue;

      if (title == NULL || g_strcmp0 (gtk_label_get_text (GTK_LABEL (row->title)), title) == 0)
        return row->box;
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

/* The dots of an entry's row, filled or hollow. */
guint
plx_ledger_sidebar_row_count_dots (GtkWidget *row,
                                   gboolean   filled)
{
  g_return_val_if_fail (GTK_IS_WIDGET (row), 0);

  return count_dots (row, filled);
}

/* Returns: (nullable): the tooltip of an entry's warning, if it shows
 * one */
const char *
plx_ledger_sidebar_row_get_warning (GtkWidget *row)
{
  LedgerRow *ledger_row;

  g_return_val_if_fail (GTK_IS_WIDGET (row), NULL);

  ledger_row = ledger_row_get (row);
  if (ledger_row == NULL || ledger_row->heading || !gtk_widget_get_visible (ledger_row->conflict))
    return NULL;

  return plx_tooltip_get_text (ledger_row->conflict);
}

/* Returns: (transfer none) (nullable): the item a row shows */
PlxLedgerItem *
plx_ledger_sidebar_row_get_item (GtkWidget *row)
{
  LedgerRow *ledger_row;

  g_return_val_if_fail (GTK_IS_WIDGET (row), NULL);

  ledger_row = ledger_row_get (row);

  return ledger_row != NULL ? ledger_row->item : NULL;
}
