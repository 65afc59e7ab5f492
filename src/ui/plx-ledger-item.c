/* plx-ledger-item.c: one line of the ledger sidebar: a section's
 * heading, a figure, an event or a quotation
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "plx-ledger-item.h"
#include "plx-mention.h"

/* The entries point into the ledger, which the window keeps alive as
 * long as the sidebar's model holds them.
 */
struct _PlxLedgerItem
{
  GObject            parent_instance;

  PlxLedgerItemKind  kind;
  char              *title;     /* of a heading */
  char              *note;      /* under a heading, or NULL */
  gconstpointer      entry;     /* a PlxTariffEntry, PlxEventEntry or PlxQuoteEntry */
  GArray            *mentions;  /* a quotation's, as PlxMention: the sentences it opens in */
  gboolean           highlighted;
};

G_DEFINE_FINAL_TYPE (PlxLedgerItem, plx_ledger_item, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_HIGHLIGHTED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
plx_ledger_item_finalize (GObject *object)
{
  PlxLedgerItem *self = (PlxLedgerItem *)object;

  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->note, g_free);
  g_clear_pointer (&self->mentions, g_array_unref);

  G_OBJECT_CLASS (plx_ledger_item_parent_class)->finalize (object);
}

static void
plx_ledger_item_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  PlxLedgerItem *self = PLX_LEDGER_ITEM (object);

  switch (prop_id)
    {
    case PROP_HIGHLIGHTED:
      g_value_set_boolean (value, self->highlighted);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
plx_ledger_item_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  PlxLedgerItem *self = PLX_LEDGER_ITEM (object);

  switch (prop_id)
    {
    case PROP_HIGHLIGHTED:
      plx_ledger_item_set_highlighted (self, g_value_get_boolean (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
plx_ledger_item_class_init (PlxLedgerItemClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = plx_ledger_item_finalize;
  object_class->get_property = plx_ledger_item_get_property;
  object_class->set_property = plx_ledger_item_set_property;

  /**
   * PlxLedgerItem:highlighted:
   *
   * Whether an outlet states the entry in the row selected in the
   * comparison.
   */
  properties[PROP_HIGHLIGHTED] =
    g_param_spec_boolean ("highlighted", NULL, NULL,
                          FALSE,
                          (G_PARAM_READWRITE |
                           G_PARAM_EXPLICIT_NOTIFY |
                           G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
plx_ledger_item_init (PlxLedgerItem *self)
{
}

PlxLedgerItem *
plx_ledger_item_new_heading (const char *title,
                             const char *note)
{
  PlxLedgerItem *self;

  g_return_val_if_fail (title != NULL, NULL);

  self = g_object_new (PLX_TYPE_LEDGER_ITEM, NULL);
  self->kind = PLX_LEDGER_ITEM_HEADING;
  self->title = g_strdup (title);
  self->note = g_strdup (note);

  return self;
}

PlxLedgerItem *
plx_ledger_item_new_tariff (const PlxTariffEntry *entry)
{
  PlxLedgerItem *self;

  g_return_val_if_fail (entry != NULL, NULL);

  self = g_object_new (PLX_TYPE_LEDGER_ITEM, NULL);
  self->kind = PLX_LEDGER_ITEM_TARIFF;
  self->entry = entry;

  return self;
}

PlxLedgerItem *
plx_ledger_item_new_event (const PlxEventEntry *entry)
{
  PlxLedgerItem *self;

  g_return_val_if_fail (entry != NULL, NULL);

  self = g_object_new (PLX_TYPE_LEDGER_ITEM, NULL);
  self->kind = PLX_LEDGER_ITEM_EVENT;
  self->entry = entry;

  return self;
}

PlxLedgerItem *
plx_ledger_item_new_quote (const PlxQuoteEntry *entry)
{
  PlxLedgerItem *self;

  g_return_val_if_fail (entry != NULL, NULL);

  self = g_object_new (PLX_TYPE_LEDGER_ITEM, NULL);
  self->kind = PLX_LEDGER_ITEM_QUOTE;
  self->entry = entry;

  /* Where it is quoted, as the figures and events give it, for the
   * comparison to outline. */
  self->mentions = plx_mentions_new ();
  for (guint m = 0; m < entry->mentions->len; m++)
    {
      const PlxQuoteMention *mention = &g_array_index (entry->mentions, PlxQuoteMention, m);

      plx_mentions_add (self->mentions, mention->article, mention->sentence, mention->text);
    }

  return self;
}

PlxLedgerItemKind
plx_ledger_item_get_kind (PlxLedgerItem *self)
{
  g_return_val_if_fail (PLX_IS_LEDGER_ITEM (self), PLX_LEDGER_ITEM_HEADING);

  return self->kind;
}

/* Returns: (nullable): the title of a heading */
const char *
plx_ledger_item_get_title (PlxLedgerItem *self)
{
  g_return_val_if_fail (PLX_IS_LEDGER_ITEM (self), NULL);

  return self->title;
}

/* Returns: (nullable): the note under a heading */
const char *
plx_ledger_item_get_note (PlxLedgerItem *self)
{
  g_return_val_if_fail (PLX_IS_LEDGER_ITEM (self), NULL);

  return self->note;
}

/* Returns: (nullable): the figure, if the item is one */
const PlxTariffEntry *
plx_ledger_item_get_tariff (PlxLedgerItem *self)
{
  g_return_val_if_fail (PLX_IS_LEDGER_ITEM (self), NULL);

  return self->kind == PLX_LEDGER_ITEM_TARIFF ? self->entry : NULL;
}

/* Returns: (nullable): the event, if the item is one */
const PlxEventEntry *
plx_ledger_item_get_event (PlxLedgerItem *self)
{
  g_return_val_if_fail (PLX_IS_LEDGER_ITEM (self), NULL);

  return self->kind == PLX_LEDGER_ITEM_EVENT ? self->entry : NULL;
}

/* Returns: (nullable): the quotation, if the item is one */
const PlxQuoteEntry *
plx_ledger_item_get_quote (PlxLedgerItem *self)
{
  g_return_val_if_fail (PLX_IS_LEDGER_ITEM (self), NULL);

  return self->kind == PLX_LEDGER_ITEM_QUOTE ? self->entry : NULL;
}

/* Returns: (transfer none) (nullable) (element-type PlxMention): the
 *   outlets stating the entry; %NULL for a heading
 */
GArray *
plx_ledger_item_get_mentions (PlxLedgerItem *self)
{
  g_return_val_if_fail (PLX_IS_LEDGER_ITEM (self), NULL);

  switch (self->kind)
    {
    case PLX_LEDGER_ITEM_TARIFF:
      return ((const PlxTariffEntry *) self->entry)->mentions;
    case PLX_LEDGER_ITEM_EVENT:
      return ((const PlxEventEntry *) self->entry)->mentions;
    case PLX_LEDGER_ITEM_QUOTE:
      return self->mentions;
    case PLX_LEDGER_ITEM_HEADING:
    default:
      return NULL;
    }
}

gboolean
plx_ledger_item_get_highlighted (PlxLedgerItem *self)
{
  g_return_val_if_fail (PLX_IS_LEDGER_ITEM (self), FALSE);

  return self->highlighted;
}

void
plx_ledger_item_set_highlighted (PlxLedgerItem *self,
                                 gboolean       highlighted)
{
  g_return_if_fail (PLX_IS_LEDGER_ITEM (self));

  highlighted = !!highlighted;
  if (self->highlighted == highlighted)
    return;

  self->highlighted = highlighted;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_HIGHLIGHTED]);
}
