/* plx-row.c: one statement as the outlets that carry it report it
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "plx-article.h"
#include "plx-diff.h"
#include "plx-row.h"
#include "plx-sentence.h"

struct _PlxRow
{
  GObject     parent_instance;

  guint       id;
  PlxRowKind  kind;
  guint       reference;
  GArray     *members;
  gboolean    corrected;
  char       *note;
};

G_DEFINE_FINAL_TYPE (PlxRow, plx_row, G_TYPE_OBJECT)

static void
member_clear (gpointer data)
{
  PlxRowMember *member = data;

  g_clear_object (&member->article);
  g_clear_pointer (&member->diff, g_array_unref);
}

static void
plx_row_finalize (GObject *object)
{
  PlxRow *self = (PlxRow *)object;

  g_clear_pointer (&self->members, g_array_unref);
  g_clear_pointer (&self->note, g_free);

  G_OBJECT_CLASS (plx_row_parent_class)->finalize (object);
}

static void
plx_row_class_init (PlxRowClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = plx_row_finalize;
}

static void
plx_row_init (PlxRow *self)
{
  self->members = g_array_new (FALSE, TRUE, sizeof (PlxRowMember));
  g_array_set_clear_func (self->members, member_clear);
}

PlxRow *
plx_row_new (guint id)
{
  PlxRow *self = g_object_new (PLX_TYPE_ROW, NULL);

  self->id = id;

  return self;
}

guint
plx_row_get_id (PlxRow *self)
{
  g_return_val_if_fail (PLX_IS_ROW (self), 0);

  return self->id;
}

void
plx_row_set_id (PlxRow *self,
                guint   id)
{
  g_return_if_fail (PLX_IS_ROW (self));

  self->id = id;
}

PlxRowKind
plx_row_get_kind (PlxRow *self)
{
  g_return_val_if_fail (PLX_IS_ROW (self), PLX_ROW_IN_ONE);

  return self->kind;
}

void
plx_row_set_kind (PlxRow     *self,
                  PlxRowKind  kind)
{
  g_return_if_fail (PLX_IS_ROW (self));

  self->kind = kind;
}

void
plx_row_add_member (PlxRow     *self,
                    PlxArticle *article,
                    guint       sentence,
                    double      score)
{
  PlxRowMember member = { g_object_ref (article), sentence, score, NULL };

  g_return_if_fail (PLX_IS_ROW (self));

  g_array_append_val (self->members, member);
}

guint
plx_row_get_n_members (PlxRow *self)
{
  g_return_val_if_fail (PLX_IS_ROW (self), 0);

  return self->members->len;
}

/**
 * plx_row_get_member:
 * @self: a #PlxRow
 * @position: a member's position
 *
 * Returns: (transfer none): the member
 */
PlxRowMember *
plx_row_get_member (PlxRow *self,
                    guint   position)
{
  g_return_val_if_fail (PLX_IS_ROW (self), NULL);
  g_return_val_if_fail (position < self->members->len, NULL);

  return &g_array_index (self->members, PlxRowMember, position);
}

/**
 * plx_row_find_member:
 * @self: a #PlxRow
 * @article: an article
 *
 * Returns: (transfer none) (nullable): @article's member of the row
 */
const PlxRowMember *
plx_row_find_member (PlxRow     *self,
                     PlxArticle *article)
{
  g_return_val_if_fail (PLX_IS_ROW (self), NULL);

  for (guint i = 0; i < self->members->len; i++)
    {
      const PlxRowMember *member = &g_array_index (self->members, PlxRowMember, i);

      if (member->article == article)
        return member;
    }

  return NULL;
}

/**
 * plx_row_dup_article_text:
 * @self: a #PlxRow
 * @article: an article
 *
 * What @article says in the row: its sentence, or both halves of a
 * statement it split over two sentences, in its order, joined by a
 * space.
 *
 * Returns: (transfer full) (nullable): the text, or %NULL when @article
 *   does not report the row
 */
char *
plx_row_dup_article_text (PlxRow     *self,
                          PlxArticle *article)
{
  GString *text = NULL;

  g_return_val_if_fail (PLX_IS_ROW (self), NULL);

  for (guint i = 0; i < self->members->len; i++)
    {
      const PlxRowMember *member = &g_array_index (self->members, PlxRowMember, i);

      if (member->article != article)
        continue;
      if (text == NULL)
        text = g_string_new (NULL);
      else
        g_string_append_c (text, ' ');
      g_string_append (text, plx_row_member_get_text (member));
    }

  return text != NULL ? g_string_free (text, FALSE) : NULL;
}

guint
plx_row_get_reference (PlxRow *self)
{
  g_return_val_if_fail (PLX_IS_ROW (self), 0);

  return self->reference;
}

void
plx_row_set_reference (PlxRow *self,
                       guint   position)
{
  g_return_if_fail (PLX_IS_ROW (self));
  g_return_if_fail (position < self->members->len);

  self->reference = position;
}

const char *
plx_row_member_get_text (const PlxRowMember *member)
{
  return plx_sentence_get_text (plx_article_get_sentence (member->article, member->sentence));
}

const char *
plx_row_kind_to_string (PlxRowKind kind)
{
  switch (kind)
    {
    case PLX_ROW_IN_ALL:
      return "all";
    case PLX_ROW_IN_SOME:
      return "some";
    case PLX_ROW_IN_ONE:
    default:
      return "one";
    }
}

/**
 * plx_row_get_corrected:
 *
 * Returns: whether the editor's corrections changed the row: a sentence
 *   joined it or left it
 */
gboolean
plx_row_get_corrected (PlxRow *self)
{
  g_return_val_if_fail (PLX_IS_ROW (self), FALSE);

  return self->corrected;
}

void
plx_row_set_corrected (PlxRow   *self,
                       gboolean  corrected)
{
  g_return_if_fail (PLX_IS_ROW (self));

  self->corrected = corrected;
}

/**
 * plx_row_get_note:
 *
 * Returns: (nullable): the editor's note on the row
 */
const char *
plx_row_get_note (PlxRow *self)
{
  g_return_val_if_fail (PLX_IS_ROW (self), NULL);

  return self->note;
}

void
plx_row_set_note (PlxRow     *self,
                  const char *note)
{
  g_return_if_fail (PLX_IS_ROW (self));

  g_free (self->note);
  self->note = g_strdup (note);
}
