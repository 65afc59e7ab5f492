/* plx-alignment.c: a corpus aligned into rows
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "plx-alignment.h"
#include "plx-article.h"
#include "plx-copies.h"
#include "plx-corpus.h"

/* A GListModel of PlxRow, in display order, so that views can bind to it. */
struct _PlxAlignment
{
  GObject     parent_instance;

  PlxCorpus  *corpus;
  PlxArticle *pivot;
  GPtrArray  *rows;
  GHashTable *by_sentence;    /* (article, sentence) -> row */
  GPtrArray  *warnings;       /* corrections left out, NULL-terminated */
  GPtrArray  *copies;         /* PlxCopy */
  GHashTable *copy_of;        /* copy article -> PlxCopy */
  GHashTable *version_of;     /* later version -> the one before */
};

static void list_model_iface_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (PlxAlignment, plx_alignment, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, list_model_iface_init))

static GType
get_item_type (GListModel *model)
{
  return PLX_TYPE_ROW;
}

static guint
get_n_items (GListModel *model)
{
  return PLX_ALIGNMENT (model)->rows->len;
}

static gpointer
get_item (GListModel *model,
          guint       position)
{
  PlxAlignment *self = PLX_ALIGNMENT (model);

  if (position >= self->rows->len)
    return NULL;

  return g_object_ref (g_ptr_array_index (self->rows, position));
}

static void
list_model_iface_init (GListModelInterface *iface)
{
  iface->get_item_type = get_item_type;
  iface->get_n_items = get_n_items;
  iface->get_item = get_item;
}

static void
plx_alignment_finalize (GObject *object)
{
  PlxAlignment *self = (PlxAlignment *)object;

  g_clear_object (&self->corpus);
  g_clear_object (&self->pivot);
  g_clear_pointer (&self->rows, g_ptr_array_unref);
  g_clear_pointer (&self->by_sentence, g_hash_table_unref);
  g_clear_pointer (&self->warnings, g_ptr_array_unref);
  g_clear_pointer (&self->copies, g_ptr_array_unref);
  g_clear_pointer (&self->copy_of, g_hash_table_unref);
  g_clear_pointer (&self->version_of, g_hash_table_unref);

  G_OBJECT_CLASS (plx_alignment_parent_class)->finalize (object);
}

static void
plx_alignment_class_init (PlxAlignmentClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = plx_alignment_finalize;
}

static void
plx_alignment_init (PlxAlignment *self)
{
  self->rows = g_ptr_array_new_with_free_func (g_object_unref);
  self->by_sentence = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->warnings = g_ptr_array_new_null_terminated (0, g_free, TRUE);
  self->copy_of = g_hash_table_new (NULL, NULL);
  self->version_of = g_hash_table_new (NULL, NULL);
}

PlxAlignment *
plx_alignment_new (PlxCorpus  *corpus,
                   PlxArticle *pivot)
{
  PlxAlignment *self = g_object_new (PLX_TYPE_ALIGNMENT, NULL);

  self->corpus = g_object_ref (corpus);
  self->pivot = pivot != NULL ? g_object_ref (pivot) : NULL;

  return self;
}

/**
 * plx_alignment_get_corpus:
 * @self: a #PlxAlignment
 *
 * Returns: (transfer none): the aligned corpus
 */
PlxCorpus *
plx_alignment_get_corpus (PlxAlignment *self)
{
  g_return_val_if_fail (PLX_IS_ALIGNMENT (self), NULL);

  return self->corpus;
}

/**
 * plx_alignment_get_pivot:
 * @self: a #PlxAlignment
 *
 * Returns: (transfer none) (nullable): the article the rows follow
 */
PlxArticle *
plx_alignment_get_pivot (PlxAlignment *self)
{
  g_return_val_if_fail (PLX_IS_ALIGNMENT (self), NULL);

  return self->pivot;
}

static char *
sentence_key (PlxArticle *article,
              guint       sentence)
{
  return g_strdup_printf ("%s\x1f%u", plx_article_get_id (article), sentence);
}

void
plx_alignment_append_row (PlxAlignment *self,
                          PlxRow       *row)
{
  g_return_if_fail (PLX_IS_ALIGNMENT (self));
  g_return_if_fail (PLX_IS_ROW (row));

  g_ptr_array_add (self->rows, g_object_ref (row));
  for (guint i = 0; i < plx_row_get_n_members (row); i++)
    {
      const PlxRowMember *member = plx_row_get_member (row, i);

      g_hash_table_insert (self->by_sentence, sentence_key (member->article, member->sentence), row);
    }
}

/**
 * plx_alignment_get_row:
 * @self: a #PlxAlignment
 * @position: a row's position
 *
 * Returns: (transfer none) (nullable): the row
 */
PlxRow *
plx_alignment_get_row (PlxAlignment *self,
                       guint         position)
{
  g_return_val_if_fail (PLX_IS_ALIGNMENT (self), NULL);

  if (position >= self->rows->len)
    return NULL;

  return g_ptr_array_index (self->rows, position);
}

/**
 * plx_alignment_find_row:
 * @self: a #PlxAlignment
 * @article: an article
 * @sentence: a sentence index
 *
 * Returns: (transfer none) (nullable): the row holding the sentence
 */
PlxRow *
plx_alignment_find_row (PlxAlignment *self,
                        PlxArticle   *article,
                        guint         sentence)
{
  g_autofree char *key = sentence_key (article, sentence);

  g_return_val_if_fail (PLX_IS_ALIGNMENT (self), NULL);

  return g_hash_table_lookup (self->by_sentence, key);
}

/**
 * plx_alignment_add_warning:
 * @message: a correction that could not be applied, and why
 */
void
plx_alignment_add_warning (PlxAlignment *self,
                           const char   *message)
{
  g_return_if_fail (PLX_IS_ALIGNMENT (self));

  g_ptr_array_add (self->warnings, g_strdup (message));
}

/**
 * plx_alignment_get_warnings:
 *
 * Returns: (transfer none) (array zero-terminated=1): the editor's
 *   corrections that could not be applied, each with why
 */
const char * const *
plx_alignment_get_warnings (PlxAlignment *self)
{
  static const char * const none[] = { NULL };

  g_return_val_if_fail (PLX_IS_ALIGNMENT (self), NULL);

  if (self->warnings->len == 0)
    return none;

  return (const char * const *) self->warnings->pdata;
}

/**
 * plx_alignment_set_copies:
 * @copies: (transfer full) (element-type PlxCopy): the corpus's copies
 */
void
plx_alignment_set_copies (PlxAlignment *self,
                          GPtrArray    *copies)
{
  g_return_if_fail (PLX_IS_ALIGNMENT (self));

  g_clear_pointer (&self->copies, g_ptr_array_unref);
  g_hash_table_remove_all (self->copy_of);
  self->copies = copies;
  for (guint i = 0; copies != NULL && i < copies->len; i++)
    {
      PlxCopy *copy = g_ptr_array_index (copies, i);

      g_hash_table_insert (self->copy_of, copy->copy, copy);
    }
}

/**
 * plx_alignment_find_copy:
 * @article: an article of the corpus
 *
 * Returns: (transfer none) (nullable): what @article is a copy of, if
 *   it is one (plx_find_copies())
 */
const PlxCopy *
plx_alignment_find_copy (PlxAlignment *self,
                         PlxArticle   *article)
{
  g_return_val_if_fail (PLX_IS_ALIGNMENT (self), NULL);

  return g_hash_table_lookup (self->copy_of, article);
}

/**
 * plx_alignment_get_source:
 * @article: an article of the corpus
 *
 * Where @article's text first comes from: itself unless it is a copy or
 * a later version, else the first version of what it copies. Copies and
 * versions point at earlier articles, by orders of their own: the walk
 * is bounded all the same.
 *
 * Returns: (transfer none): the article that is @article's source
 */
PlxArticle *
plx_alignment_get_source (PlxAlignment *self,
                          PlxArticle   *article)
{
  guint bound;

  g_return_val_if_fail (PLX_IS_ALIGNMENT (self), article);

  bound = g_hash_table_size (self->copy_of) + g_hash_table_size (self->version_of);

  for (guint step = 0; step < bound; step++)
    {
      const PlxCopy *copy = g_hash_table_lookup (self->copy_of, article);
      PlxArticle *previous = g_hash_table_lookup (self->version_of, article);

      if (copy != NULL)
        article = copy->original;
      else if (previous != NULL)
        article = previous;
      else
        break;
    }

  return article;
}

/**
 * plx_alignment_count_sources:
 * @row: a row of the alignment
 *
 * Returns: how many independent sources carry @row: its outlets, a copy
 *   and what it copies (directly or not) counted once
 */
guint
plx_alignment_count_sources (PlxAlignment *self,
                             PlxRow       *row)
{
  g_autoptr(GHashTable) sources = g_hash_table_new (NULL, NULL);

  g_return_val_if_fail (PLX_IS_ALIGNMENT (self), 0);

  for (guint m = 0; m < plx_row_get_n_members (row); m++)
    g_hash_table_add (sources, plx_alignment_get_source (self, plx_row_get_member (row, m)->article));

  return g_hash_table_size (sources);
}

/**
 * plx_alignment_has_copies:
 *
 * Returns: whether some article of the corpus is a copy of another's or
 *   a later version of one, so that some rows may have fewer sources
 *   than outlets
 */
gboolean
plx_alignment_has_copies (PlxAlignment *self)
{
  g_return_val_if_fail (PLX_IS_ALIGNMENT (self), FALSE);

  return g_hash_table_size (self->copy_of) + g_hash_table_size (self->version_of) > 0;
}

/**
 * plx_alignment_set_versions:
 * @versions: (transfer full) (element-type PlxVersion): the corpus's
 *   later versions of an article
 *
 * Call it after plx_alignment_set_copies(): a later version is no copy.
 */
void
plx_alignment_set_versions (PlxAlignment *self,
                            GPtrArray    *versions)
{
  g_autoptr(GPtrArray) owned = versions;

  g_return_if_fail (PLX_IS_ALIGNMENT (self));

  g_hash_table_remove_all (self->version_of);
  for (guint i = 0; versions != NULL && i < versions->len; i++)
    {
      const PlxVersion *version = g_ptr_array_index (versions, i);

      g_hash_table_insert (self->version_of, version->article, version->previous);
      /* A later version is no copy: its first version says whose text
       * it repeats. */
      g_hash_table_remove (self->copy_of, version->article);
    }
}

/**
 * plx_alignment_find_previous_version:
 * @article: an article of the corpus
 *
 * Returns: (transfer none) (nullable): the version of the same article
 *   (the same address) before @article, if @article is a later version
 */
PlxArticle *
plx_alignment_find_previous_version (PlxAlignment *self,
                                     PlxArticle   *article)
{
  g_return_val_if_fail (PLX_IS_ALIGNMENT (self), NULL);

  return g_hash_table_lookup (self->version_of, article);
}
