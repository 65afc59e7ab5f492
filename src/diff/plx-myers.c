/* plx-myers.c: Myers' O(ND) difference algorithm, after GNU diffseq.h
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The linear-space divide-and-conquer form: each box of the edit graph is
 * bisected at the middle snake of a forward and a backward search, and
 * the two halves compared in turn. Like GNU diff, a search that passes a
 * cost limit settles for the diagonal that got furthest, so that two
 * unrelated inputs cost O(N) rather than O(N²).
 */

#include "config.h"

#include <string.h>

#include "plx-myers.h"

/* Past this many edit steps in one bisection, settle for a good split
 * rather than the best one. GNU diff and git grow the limit with the
 * square root of the input; a fixed one keeps the worst case linear
 * (two unrelated 50,000-word documents: 0.1 s rather than 1 s with GNU's
 * 4096, for a script 15% longer than the shortest). Sentences never come
 * near it. */
#define TOO_EXPENSIVE 256

typedef struct
{
  const guint *a;
  const guint *b;
  gssize      *fd;  /* furthest x reached forwards, by diagonal x - y */
  gssize      *bd;  /* furthest x reached backwards */
} Myers;

typedef struct
{
  gssize   xoff;
  gssize   xlim;
  gssize   yoff;
  gssize   ylim;
  gboolean minimal;
} Box;

/* The state of one bisection of a box. */
typedef struct
{
  Box      box;
  gssize   dmin;
  gssize   dmax;
  gssize   fmin;
  gssize   fmax;
  gssize   bmin;
  gssize   bmax;
  gboolean odd;
} Search;

typedef struct
{
  gssize   xmid;
  gssize   ymid;
  gboolean lo_minimal;
  gboolean hi_minimal;
} Split;

static void
split_at (Split    *split,
          gssize    x,
          gssize    y,
          gboolean  lo_minimal,
          gboolean  hi_minimal)
{
  split->xmid = x;
  split->ymid = y;
  split->lo_minimal = lo_minimal;
  split->hi_minimal = hi_minimal;
}

/* One more edit step forwards on every live diagonal; TRUE when a path
 * meets the backward search (the middle snake). */
static gboolean
search_forward (Myers  *m,
                Search *s,
                Split  *split)
{
  gssize *fd = m->fd;

  if (s->fmin > s->dmin)
    fd[--s->fmin - 1] = -1;
  else
    ++s->fmin;
  if (s->fmax < s->dmax)
    fd[++s->fmax + 1] = -1;
  else
    --s->fmax;

  for (gssize d = s->fmax; d >= s->fmin; d -= 2)
    {
      gssize tlo = fd[d - 1];
      gssize thi = fd[d + 1];
      gssize x = tlo < thi ? thi : tlo + 1;
      gssize y = x - d;

      while (x < s->box.xlim && y < s->box.ylim && m->a[x] == m->b[y])
        x++, y++;
      fd[d] = x;
      if (s->odd && s->bmin <= d && d <= s->bmax && m->bd[d] <= x)
        {
          split_at (split, x, y, TRUE, TRUE);
          return TRUE;
        }
    }

  return FALSE;
}

static gboolean
search_backward (Myers  *m,
                 Search *s,
                 Split  *split)
{
  gssize *bd = m->bd;

  if (s->bmin > s->dmin)
    bd[--s->bmin - 1] = G_MAXSSIZE;
  else
    ++s->bmin;
  if (s->bmax < s->dmax)
    bd[++s->bmax + 1] = G_MAXSSIZE;
  else
    --s->bmax;

  for (gssize d = s->bmax; d >= s->bmin; d -= 2)
    {
      gssize tlo = bd[d - 1];
      gssize thi = bd[d + 1];
      gssize x = tlo < thi ? tlo : thi - 1;
      gssize y = x - d;

      while (s->box.xoff < x && s->box.yoff < y && m->a[x - 1] == m->b[y - 1])
        x--, y--;
      bd[d] = x;
      if (!s->odd && s->fmin <= d && d <= s->fmax && x <= m->fd[d])
        {
          split_at (split, x, y, TRUE, TRUE);
          return TRUE;
        }
    }

  return FALSE;
}

/* The search got too expensive: split where the forward or the backward
 * search got furthest. The half on that search's side is still minimal. */
static void
split_too_expensive (Myers        *m,
                     const Search *s,
                     Split        *split)
{
  const Box *box = &s->box;
  gssize fxybest = -1, fxbest = box->xoff;
  gssize bxybest = G_MAXSSIZE, bxbest = box->xlim;

  for (gssize d = s->fmax; d >= s->fmin; d -= 2)
    {
      gssize x = MIN (m->fd[d], box->xlim);
      gssize y = x - d;

      if (box->ylim < y)
        x = box->ylim + d, y = box->ylim;
      if (fxybest < x + y)
        fxybest = x + y, fxbest = x;
    }

  for (gssize d = s->bmax; d >= s->bmin; d -= 2)
    {
      gssize x = MAX (box->xoff, m->bd[d]);
      gssize y = x - d;

      if (y < box->yoff)
        x = box->yoff + d, y = box->yoff;
      if (x + y < bxybest)
        bxybest = x + y, bxbest = x;
    }

  if ((box->xlim + box->ylim) - bxybest < fxybest - (box->xoff + box->yoff))
    split_at (split, fxbest, fxybest - fxbest, TRUE, FALSE);
  else
    split_at (split, bxbest, bxybest - bxbest, FALSE, TRUE);
}

/* Finds the middle of a shortest edit script for @box, searching from
 * both ends at once. */
static void
bisect (Myers     *m,
        const Box *box,
        Split     *split)
{
  Search s = { 0 };
  gssize fmid = box->xoff - box->yoff;
  gssize bmid = box->xlim - box->ylim;

  s.box = *box;
  s.dmin = box->xoff - box->ylim;
  s.dmax = box->xlim - box->yoff;
  s.fmin = s.fmax = fmid;
  s.bmin = s.bmax = bmid;
  s.odd = (fmid - bmid) & 1;
  m->fd[fmid] = box->xoff;
  m->bd[bmid] = box->xlim;

  for (gssize c = 1;; c++)
    {
      if (search_forward (m, &s, split) || search_backward (m, &s, split))
        return;
      if (!box->minimal && c >= TOO_EXPENSIVE)
        {
          split_too_expensive (m, &s, split);
          return;
        }
    }
}

/**
 * plx_myers_mark:
 * @a: (array length=n): the first sequence, as integers
 * @n: its length
 * @b: (array length=nb): the second sequence
 * @nb: its length
 * @a_changed: (array length=n): set to 1 for each element of @a that is
 *   not part of the common subsequence; the others are left as they are
 * @b_changed: (array length=nb): the same for @b
 *
 * Marks the elements that a shortest edit script from @a to @b deletes
 * and inserts; past a cost limit the script is good rather than
 * shortest. The boxes still to compare are kept on a stack rather than by
 * recursion, so that no input can run out of C stack.
 */
void
plx_myers_mark (const guint *a,
                gssize       n,
                const guint *b,
                gssize       nb,
                guint8      *a_changed,
                guint8      *b_changed)
{
  g_autofree gssize *diagonals = g_new (gssize, 2 * (n + nb + 3));
  g_autoptr(GArray) stack = g_array_new (FALSE, FALSE, sizeof (Box));
  Myers m = { a, b, NULL, NULL };
  Box whole = { 0, n, 0, nb, FALSE };

  m.fd = diagonals + nb + 1;
  m.bd = diagonals + (n + nb + 3) + nb + 1;

  g_array_append_val (stack, whole);
  while (stack->len > 0)
    {
      Box box = g_array_index (stack, Box, stack->len - 1);
      Split split = { 0 };

      g_array_set_size (stack, stack->len - 1);
      while (box.xoff < box.xlim && box.yoff < box.ylim && a[box.xoff] == b[box.yoff])
        box.xoff++, box.yoff++;
      while (box.xoff < box.xlim && box.yoff < box.ylim && a[box.xlim - 1] == b[box.ylim - 1])
        box.xlim--, box.ylim--;

      if (box.xoff == box.xlim || box.yoff == box.ylim)
        {
          memset (a_changed + box.xoff, 1, box.xlim - box.xoff);
          memset (b_changed + box.yoff, 1, box.ylim - box.yoff);
          continue;
        }

      bisect (&m, &box, &split);
      g_array_append_vals (stack, (Box[]) {
        { box.xoff, split.xmid, box.yoff, split.ymid, split.lo_minimal },
        { split.xmid, box.xlim, split.ymid, box.ylim, split.hi_minimal },
      }, 2);
    }
}
